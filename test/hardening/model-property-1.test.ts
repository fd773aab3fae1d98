/** Part 1 of the model-based property suite (see model-property-suite.ts); the parts run in parallel. */
import {describeModelProperty} from './model-property-suite.js';

describeModelProperty(1, 2);
