/**
 * Account security: two-factor sign-in, the browsers signed in to this account, and the person's API tokens in every
 * workspace. A member kept out of a workspace that requires two-factor lands here, with why.
 */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Field';
import { TwoFactorSection } from './TwoFactorSection';
import { SessionsSection, TokensSection } from './SessionsSection';
import './security.css';

interface Props {
  /** The workspace that requires two-factor when the person was sent here by its requirement. */
  requiredBy?: string;
  /** Two-factor was turned on or off: the app looks again at what the person may open. */
  onChanged?(): void;
}

export function SecurityPage({ requiredBy, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section className="page security" data-testid="security-page">
      <header className="page__header">
        <h1>{t('security.title')}</h1>
        <p className="muted">{t('security.intro')}</p>
      </header>
      {requiredBy ? (
        <Notice kind="info">
          <span data-testid="two-factor-required">{t('security.requiredBy', { workspace: requiredBy })}</span>
        </Notice>
      ) : null}
      <TwoFactorSection onChanged={onChanged} />
      <SessionsSection />
      <TokensSection />
    </section>
  );
}

