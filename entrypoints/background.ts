import { startBackground } from '@/src/messaging/background-router';

export default defineBackground(() => {
  startBackground();
});
