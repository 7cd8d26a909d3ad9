// Action entry (dist/index.js).
import { run } from './action/main.js';

void run();
