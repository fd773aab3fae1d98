import {register} from 'node:module';

// `node --import <this file> ...`: installs trace-hook.js for the process being traced.
register('./trace-hook.js', import.meta.url);
