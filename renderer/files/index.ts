export { useAttachment, type AttachmentState } from './useAttachment';
export {
  attachmentCacheName,
  cacheRequestAttachments,
  openAttachmentCache,
  storeAttachmentFetcher,
} from './attachment-cache';
