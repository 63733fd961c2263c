import { describe, expect, it } from 'vitest';
import { redactUrl, withTokenRedaction } from './log-redaction';

describe('redactUrl', () => {
  it.each([
    ['/sync/stream?access_token=eyJ.abc.def', '/sync/stream?access_token=%5Bredacted%5D'],
    ['/?code=abc&state=s1', '/?code=%5Bredacted%5D&state=s1'],
    ['/sync/partners/pull?seq=4&limit=10', '/sync/partners/pull?seq=4&limit=10'],
    ['/health', '/health'],
  ])('%s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('wraps logger options without dropping them', () => {
    expect(withTokenRedaction(false)).toBe(false);
    const wrapped = withTokenRedaction({ level: 'info' });
    expect(wrapped).toMatchObject({ level: 'info' });
    expect(typeof wrapped === 'object' && typeof wrapped.serializers?.req).toBe('function');
  });
});
