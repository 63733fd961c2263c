// The build chooses the implementation (vite.config.ts): Electron's bridge or the browser's.
export { platform } from '#platform-implementation';
