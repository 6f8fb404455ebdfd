import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sakura-science',
  passages: [
    { id: 'terms-2023', section: 'scheme', seed: '003', from: { text: "イメージ図支援対象者 高校生、大学・院生、ポスドク等" }, to: { text: "対象国・地域 全世界" }, en: "Illustration. Who is supported: high school students, university and graduate students, postdoctoral researchers and others. Program began: FY2014. Length of stay: about 1–3 weeks. Number hosted: about 2,900. Countries and regions: the whole world", jaHash: '2b1b16c2ac12' },
    { id: 'invitation-2019', section: 'scheme', seed: '000', from: { text: "○ 招へいの概要" }, to: { text: "○主な実施コース" }, en: "Outline of the invitations\n\nNumber: 6,000 people in FY2019 (6,000 in FY2018)\n\nWho: high school students, university students, graduate students, postdoctoral researchers and others\n\nLength: about 1–3 weeks\n\nMain courses", jaHash: 'f6650c0ee9de' },
    { id: 'scheme-diagram', section: 'scheme', seed: '000', from: { text: "本事業実施の中心的役割" }, to: { text: "ノウハウを生かした交流の提案" }, en: "The central role of the program\n\nInviting people who are especially talented in science and technology\n\nVisits to research sites\n\nLectures by Nobel Prize–winning scientists; exchanges with researchers\n\nExchange plans proposed by universities, local governments and companies, drawing on their own know-how", jaHash: '8608790b9e33' },
    { id: 'invitees-by-year', section: 'results', seed: '000', from: { text: "○国・地域別招へい者数", nth: 1 }, to: { text: "○国・地域別招へい者数(累計）" }, en: "Number of people invited, by country and region\n\nFY2014: 14 countries and regions, 2,944 people\n\nFY2015: 15 countries and regions, 4,224 people\n\nFY2016: 35 countries and regions, 5,519 people\n\nFY2017: 35 countries and regions, 6,611 people\n\nTotal: 19,298 people\n\nNumber of people invited, by country and region (cumulative)", jaHash: 'b74de85b62c8' },
    { id: 'heading-2019', section: 'overview', seed: '000', from: { text: "11.日本･アジア青少年サイエンス交流事業 （さくらサイエンスプラン）" }, en: "11. Japan–Asia Youth Exchange Program in Science (SAKURA Exchange Program in Science)", jaHash: '001b7461fba2' },
  ],
});
