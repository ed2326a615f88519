import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BIO_THEMES, contrastRatio, themeOf } from './themes.js';

describe('bio themes', () => {
  it('computes WCAG contrast ratios', () => {
    assert.equal(Math.round(contrastRatio('#000000', '#ffffff') * 10) / 10, 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
  });

  for (const [name, t] of Object.entries(BIO_THEMES)) {
    it(`${name}: text, description and button labels reach AA (4.5:1), the focus ring and buttons 3:1`, () => {
      assert.ok(contrastRatio(t.text, t.background) >= 4.5, 'text');
      assert.ok(contrastRatio(t.muted, t.background) >= 4.5, 'muted');
      assert.ok(contrastRatio(t.buttonText, t.button) >= 4.5, 'button label');
      assert.ok(contrastRatio(t.focus, t.background) >= 3, 'focus ring');
      assert.ok(contrastRatio(t.border, t.background) >= 3, 'button border');
    });
  }

  it('falls back to light for a name that is no longer a preset', () => {
    assert.equal(themeOf('neon'), BIO_THEMES.light);
  });
});
