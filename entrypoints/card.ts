// The card's file: imported by the engine the first time a reader rests on a mention (src/card/card-module.ts).

import { putCardModule } from '@/src/card/card-module';
import { CardPopover } from '@/src/card/card-popover';

export default defineUnlistedScript(() => {
  putCardModule({ createPopover: (doc, loadEntry) => new CardPopover(doc, loadEntry) });
});
