// Run by the background in every open frame when Firefox installs or updates the extension: an older copy's
// paint is removed where this copy does not paint (src/overlay/old-paint.ts). Chromium's old copies remove
// their own, so its build leaves this file out.
import { forgetOldPaint } from '@/src/overlay/old-paint';

export default defineUnlistedScript({
  include: ['firefox'],
  main: () => {
    forgetOldPaint(globalThis.CSS?.highlights);
  },
});
