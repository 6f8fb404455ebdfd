import { defineMorePassages } from '../more-passages.ts';

export default defineMorePassages({
  program: 'kakenhi-international-leading-research',
  passages: [
    { id: 'partner-team', section: 'scheme', seed: '003', from: { text: "高い研究実績を有するPIが" }, to: { text: "可）" }, en: "A top-level research team abroad led by a PI with a strong research record\n\nteam (joint research with several research teams is also\n\npossible)", jaHash: '0d32192b4940' },
    { id: 'outputs', section: 'scheme', seed: '003', from: { text: "質の高い国際共著論文の産出" }, to: { text: "資金の分担を前提" }, en: "Producing high-quality internationally co-authored papers\n\nOn the premise that funding is shared", jaHash: 'edcfde20f074' },
    { id: 'team-young', section: 'scheme', seed: '003', from: { text: "トップレベル研究チーム", nth: 1 }, to: { text: "若手研究者の育成" }, en: "Top-level research team\n\nDeveloping excellent young researchers who compete on the world stage", jaHash: 'c7b7514cea35' },
    { id: 'high-level', section: 'scheme', seed: '003', from: { text: "ハイレベルな国際共同研究の推進" }, en: "Promoting high-level international joint research", jaHash: '42ce3eb1cea7' },
    { id: 'review-requirements', section: 'scheme', seed: '003', from: { text: "審査体制" }, to: { text: "- テニュアで採用された若手の研究費" }, en: "Review\n\nRequirements for the principal investigator. Costs of developing young researchers are provided separately:\n\nfunds for the research environment according to the number of postdoctoral researchers (PDs) and graduate students\n\nresearch funds for young researchers hired on tenure", jaHash: '88fcced43acd' },
    { id: 'challenge', section: 'overview', seed: '003', from: { text: "リスクを恐れず挑戦" }, to: { text: "し続ける創発研究者" }, en: "Researchers who keep taking on challenges without fear of risk, and who create the new", jaHash: 'fd8c55e45083' },
  ],
});
