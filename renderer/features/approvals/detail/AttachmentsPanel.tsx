import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/time';
import type { RequestAttachment } from '../../../../shared/schema';
import { useAttachment } from '../../../files';

/** The files kept with the request (proof of performance, agreements): name, kind, size, when. */
export function AttachmentsPanel({ attachments }: { attachments: readonly RequestAttachment[] }) {
  const { t, i18n } = useTranslation();
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: bytes >= 1_000_000 ? 'megabyte' : 'kilobyte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(0.1, bytes / 1000));
  return (
    <section className="detail-section" aria-label={t('requestDetail.attachments.title')}>
      <h4>{t('requestDetail.attachments.title')}</h4>
      {attachments.length === 0 ? (
        <p className="muted">{t('requestDetail.attachments.none')}</p>
      ) : (
        <ul className="detail-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <span>{attachment.fileName}</span>
              <span className="muted">
                {attachment.mediaType} · {size(attachment.sizeBytes)} ·{' '}
                {formatDateTime(attachment.uploadedAt, i18n.language)}
              </span>
              <AttachmentAccess attachment={attachment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Opens the file from this device (downloaded while the request replicated, so it opens on a
 * plane), or says why it cannot: not downloaded yet and offline, or refused by the store.
 */
function AttachmentAccess({ attachment }: { attachment: RequestAttachment }) {
  const { t } = useTranslation();
  const file = useAttachment(attachment.sha256);
  switch (file.state) {
    case 'loading':
      return <span className="muted">{t('requestDetail.attachments.loading')}</span>;
    case 'unavailable':
      return (
        <span className="muted" role="note">
          {t(
            file.offline
              ? 'requestDetail.attachments.offline'
              : 'requestDetail.attachments.refused',
          )}
        </span>
      );
    case 'ready':
      return (
        <span>
          <a
            href={file.url}
            download={attachment.fileName}
            aria-label={`${t('requestDetail.attachments.open')} ${attachment.fileName}`}
          >
            {t('requestDetail.attachments.open')}
          </a>{' '}
          <span className="muted">{t('requestDetail.attachments.kept')}</span>
        </span>
      );
  }
}
