import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sakura-science',
  passages: [
    { id: 'terms-2023', section: 'scheme', seed: '003', from: { text: "イメージ図支援対象者 高校生、大学・院生、ポスドク等" }, to: { text: "対象国・地域 全世界" }, en: "Illustration. Who is supported: high school students, university and graduate students, postdoctoral researchers and others. Program began: FY2014. Length of stay: about 1–3 weeks. Number hosted: about 2,900. Countries and regions: the whole world", jaHash: '2b1b16c2ac12' },
  ],
});
