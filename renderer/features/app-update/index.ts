// The build chooses the implementation (vite.config.ts): the service worker or a stand-in.
export { appUpdate } from '#app-update-implementation';
export { AppUpdateBanner } from './AppUpdateBanner';
