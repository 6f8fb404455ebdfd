import { defineLead } from '../lead.ts';

export default defineLead({
  program: 'nsf-erc-exchanges',
  sentences: [
    {
      ja: '戦略的創造研究推進事業以外の事業も含めて、海外機関との連携により研究交流を推進する取組であり、我が国の科学技術力の強化に資する成果を得ることを目的とする。',
      en: 'An initiative to promote research exchanges through partnerships with institutions abroad, covering programs beyond the Strategic Basic Research Programs, with the aim of results that strengthen Japan’s science and technology.',
      cites: [
        { seed: '000', text: '【概要】戦略的創造研究推進事業以外の事業を含め' },
        { seed: '000', text: '【目的】国際取組の推進による我が国の科学技術力の強化に資する成果を得る。' },
      ],
      jaHash: '160660d836af',
    },
    {
      ja: '2018年10月に米国国立科学財団（NSF）と研究協力に関する覚書に署名し、NSFのCISE部門（コンピュータ/情報科学/エンジニアリング）との共同研究公募を目指した研究交流を実施できるよう進めるとしている。',
      en: 'In October 2018 a memorandum of understanding on research cooperation was signed with the US National Science Foundation (NSF), and research exchanges are to be set up with a view to joint research calls with NSF’s CISE directorate (computer and information science and engineering).',
      cites: [
        { seed: '000', text: '米国国立科学財団（NSF）と研究協力に関する覚書に署名' },
        { seed: '000', text: '10月）', after: '米国国立科学財団（NSF）と研究協力に関する覚書に署名' },
        { seed: '000', text: 'NSFのCISE部門' },
        { seed: '000', text: '公募を目指した研究交流を実施できるよう進める。' },
      ],
      jaHash: '2257f9ad3004',
    },
    {
      ja: '同じ2018年10月には欧州研究会議（ERC）と研究交流に関する欧州委員会との実施取極に署名し、JSTとERCがそれぞれ支援する研究者を対象に、派遣と受け入れの交流についてマッチングを促すこととした。',
      en: 'Also in October 2018, an implementing arrangement on research exchanges with the European Research Council (ERC) was signed with the European Commission, to encourage matching for visits in both directions between researchers supported by JST and by the ERC.',
      cites: [
        { seed: '000', text: '欧州研究会議（ERC）と研究交流に関する欧州委員会との実施取極に' },
        { seed: '000', text: '署名（2018年10月）' },
        { seed: '000', text: 'JSTとERCがそれぞれ支援する研究者を対象に、派遣、受け入れの交流に' },
        { seed: '000', text: 'ついてマッチングを促す。' },
      ],
      jaHash: '3106929403c7',
    },
  ],
});
