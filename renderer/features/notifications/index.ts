export { DesktopNotifications } from './DesktopNotifications';
