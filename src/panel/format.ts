export { formatDate } from '../core/render.js';
