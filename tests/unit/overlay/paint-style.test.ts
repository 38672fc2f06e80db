import { describe, expect, it } from 'vitest';
import { paintStyle } from '@/src/overlay/paint-style';

describe('paint style', () => {
  it('keeps the chosen style on ordinary pages and tints long pages', () => {
    expect(paintStyle('underline', false)).toBe('underline');
    expect(paintStyle('background', false)).toBe('background');
    expect(paintStyle('underline', true)).toBe('tint');
    expect(paintStyle('background', true)).toBe('tint');
  });
});
