// The exposure desk's entry point: exposure-desk.html loads this module.
import { ExposureDesk } from './desk.js';

new ExposureDesk(document.body).start();
