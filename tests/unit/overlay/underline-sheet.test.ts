import { describe, expect, it, vi } from 'vitest';
import { underlineSheet } from '@/src/overlay/underline-sheet';

describe('underline sheet', () => {
  it('is asked for once per frame, however many passes need it', async () => {
    const insert = vi.fn(async () => true);
    const underline = underlineSheet(insert);
    await Promise.all([underline(), underline()]);
    await underline();
    expect(insert).toHaveBeenCalledTimes(1);
  });

  it('is asked for again after a failure, which it reports without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const insert = vi.fn().mockRejectedValueOnce(new Error('frame gone')).mockResolvedValueOnce(true);
    const underline = underlineSheet(insert);
    await expect(underline()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    await underline();
    await underline();
    expect(insert).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
