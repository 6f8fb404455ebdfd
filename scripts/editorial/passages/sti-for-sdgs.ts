import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sti-for-sdgs',
  passages: [
    { id: 'sdgs', section: 'overview', seed: '001', from: { text: "SUSTAINABLE DEVELOPMENT GOALS 世界を変えるための17の目標" }, en: "SUSTAINABLE DEVELOPMENT GOALS: 17 goals to transform our world", jaHash: 'c50c99fde478' },
  ],
});
