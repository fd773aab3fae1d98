/** The tenant-fixture fuzz (see scenario-fuzz-suite.ts). */
import {describeFuzz} from './scenario-fuzz-suite.js';

describeFuzz('tenant', 1, 1);
