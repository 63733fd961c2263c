export { useAttachment, type AttachmentState } from './useAttachment';
export {
  attachmentCacheName,
  cacheRequestAttachments,
  deleteAttachmentCache,
  openAttachmentCache,
  storeAttachmentFetcher,
} from './attachment-cache';
