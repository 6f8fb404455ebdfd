import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'sicorp-research-hubs',
  passages: [
    { id: 'heading', section: 'overview', seed: '000', from: { text: "15. SICORP - 「国際共同研究拠点」プログラム" }, en: "15. SICORP: the International Joint Research Hub program", jaHash: 'a6506040b31a' },
    { id: 'scheme-diagram', section: 'scheme', seed: '000', from: { text: "日本側機関所属の研究代表者・共同研究者" }, to: { text: "連携" }, en: "Principal investigators and co-investigators belonging to Japanese institutions\n\nPartner country's institutions setting up hubs (hub institutions and satellite institutions)\n\nMEXT (Ministry of Education, Culture, Sports, Science and Technology) decides the target regions and fields\n\nContact and consultation\n\nCall; application; review and selection\n\nJST: program officers (POs), the promotion committee and others\n\nMemorandum of cooperation (MoC) and joint research contract concluded\n\nTarget regions and fields notified\n\nJapanese researchers; coordinators for putting results into practice\n\n[Flow of the call and selection]\n\nResearch activities; core joint research hub\n\nPartner country's research institutions\n\nLong-term secondment\n\nCompanies\n\nForming a consortium\n\nSet up jointly by the Japanese institution and the partner country's institution\n\nCooperation", jaHash: '6872061bc33e' },
    { id: 'scheme-hubs', section: 'scheme', seed: '000', from: { text: "若手研究者、" }, to: { text: "・成果普及（社会実装）支援" }, en: "Young researchers; coordinators for putting results into practice\n\nCooperation; cooperation\n\nSatellite joint research hub in the partner country\n\nJapanese joint research institution\n\nSatellite joint research hub in the partner country\n\nJapanese joint research institution\n\nCooperation\n\n- Research activities\n\n- Activities to build networks\n\n- Support for spreading results (putting them into practice in society)", jaHash: '22822908e60c' },
  ],
});
