/**
 * Country and region names as the seeds write them → ISO 3166-1 alpha-2. English names come from
 * the platform (Intl.DisplayNames), not from this table.
 */
const ISO: Readonly<Record<string, string>> = {
  日本: 'JP',
  中国: 'CN',
  英国: 'GB',
  イギリス: 'GB',
  米国: 'US',
  アメリカ: 'US',
  ドイツ: 'DE',
  フランス: 'FR',
  オーストラリア: 'AU',
  イタリア: 'IT',
  カナダ: 'CA',
  スウェーデン: 'SE',
  デンマーク: 'DK',
  インド: 'IN',
  オランダ: 'NL',
};

export function countryIso(name: string): string | undefined {
  return ISO[name.normalize('NFKC').trim()];
}

const english = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryNameEn(iso: string): string {
  return english.of(iso) ?? iso;
}
