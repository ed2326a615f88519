/** "123 / 300": the length as the network counts it, turning red past the limit. */
import { useTranslation } from 'react-i18next';
import type { ChannelLimits } from '../../api';
import { countText } from '../../lib/text';
import { NetworkName } from '../../components/ChannelLabel';

interface CounterProps {
  network: string;
  text: string;
  limits: Pick<ChannelLimits, 'maxGraphemes' | 'maxBytes' | 'urlLength'>;
  /** Shows the network's name before the numbers (in the row under the shared text). */
  named?: boolean;
  /** Where tests find it, when not the network's counter (a thread's follow-up). */
  testId?: string;
}

export function Counter({ network, text, limits, named, testId }: CounterProps) {
  const { t } = useTranslation();
  const count = countText(text, limits);
  const left = count.max - count.used;
  const bytesOver = count.maxBytes !== null && count.bytes > count.maxBytes;
  const near = !count.over && left <= Math.max(10, count.max * 0.05);
  return (
    <span
      className={`counter${count.over ? ' counter--over' : near ? ' counter--near' : ''}`}
      data-testid={testId ?? `counter-${network}`}
      title={left >= 0 ? t('composer.left', { n: left }) : t('composer.over', { n: -left })}
    >
      {named ? (
        <>
          <NetworkName network={network} />{' '}
        </>
      ) : null}
      <span className="counter__numbers">
        {count.used} / {count.max}
      </span>
      {bytesOver ? <span className="counter__bytes"> · {t('composer.bytesOver', { bytes: count.bytes, max: count.maxBytes })}</span> : null}
    </span>
  );
}
