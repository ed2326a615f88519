/** A button that copies a text (a short URL) and says so for a moment; falls back to a hidden textarea when the
 * Clipboard API is refused (plain http on another host, no permission). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className={`button button--secondary button--small copy-button${copied ? ' copy-button--done' : ''}`}
      aria-label={label ?? t('common.copyNamed', { text })}
      onClick={() => void copyText(text).then(() => setCopied(true))}
    >
      {copied ? t('common.copied') : t('common.copy')}
    </button>
  );
}
