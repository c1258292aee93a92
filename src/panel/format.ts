export { DATE_UNKNOWN, formatDate } from '../core/render.js';
