// Relatives named by the surname of a person in the dataset, on the real dataset: the hostage's mother quoted
// as "Gvili said", the Hamas negotiator's sons, the envoy's father, the president's family. Their names must
// not open his card.
import { describe, expect, it } from 'vitest';
import { strongNames } from '@/src/dataset/build/strong-names';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { foldForCount } from '@/src/first-stage/fold-text';
import { nameTable, StrongCounter } from '@/src/first-stage/strong-count';
import { createPageMatcher } from '@/src/matcher/page-matcher';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const found = (text: string) => matcher.find(text).map((m) => [m.text, index.entries[m.entry]?.id]);
/** Blocks read one after another, as the scan reads a pass. */
const reader = () => {
  const reading = matcher.reading();
  return (text: string) => reading.find(text).map((m) => [m.text, index.entries[m.entry]?.id]);
};
const strongMentions = (text: string) => {
  const counter = new StrongCounter(nameTable(strongNames(index).firstWords));
  counter.add(foldForCount(text));
  return counter.result.mentions;
};

describe('relatives of people in the dataset', () => {
  it('finds Ran Gvili by his names, never his mother, father or sister by the surname', () => {
    expect(found('Talik Gvili, the mother of Ran Gvili, spoke on Sunday. "They will bring Rani home," Gvili said.')).toEqual([
      ['Ran Gvili', 'person-ran-gvili'],
    ]);
    expect(found('Itzik Gvili and Shira Gvili stood beside her; the Gvilis thanked the public.')).toEqual([]);
    expect(found('Rani Gvili fought at Kibbutz Alumim.')).toEqual([['Rani Gvili', 'person-ran-gvili']]);
  });

  it("never takes Khalil al-Hayya's sons for him, and still finds him by the surname", () => {
    expect(found('Hammam al-Hayya and Humam al-Hayya are two spellings of one son; Osama al-Hayya died in 2014.')).toEqual([]);
    expect(found('The strike killed Hammam al-Hayya, son of Khalil al-Hayya. Al-Hayya survived.')).toEqual([
      ['Khalil al-Hayya', 'person-khalil-al-hayya'],
      ['Al-Hayya', 'person-khalil-al-hayya'],
    ]);
  });

  it("never takes Jared Kushner's father for him, nor the bare name beside the father's words", () => {
    expect(found('US ambassador to France Charles Kushner wrote to Macron. Ambassador Kushner said he meant no harm.')).toEqual([]);
    expect(found('Kushner wrote about antisemitism in France.')).toEqual([]);
    // The father's words drop the bare name in their paragraph, never the son's full name.
    expect(found('Jared Kushner, whose father Charles Kushner is ambassador to France, met Hamas mediators. Kushner left.')).toEqual([
      ['Jared Kushner', 'person-jared-kushner'],
      ['Hamas', 'org-hamas'],
    ]);
    expect(found('Jared Kushner met Hamas mediators in Cairo. Kushner left on Monday.')).toEqual([
      ['Jared Kushner', 'person-jared-kushner'],
      ['Hamas', 'org-hamas'],
      ['Cairo', 'place-cairo'],
      ['Kushner', 'person-jared-kushner'],
    ]);
  });

  it("never takes President Trump's family for him", () => {
    expect(found('Ivanka Trump, Melania Trump, Eric Trump and Donald Trump Jr. attended; Trump Jr. spoke.')).toEqual([]);
    expect(found('Donald Trump and Ivanka Trump arrived.')).toEqual([['Donald Trump', 'person-donald-trump']]);
  });

  it('keeps the surname for the president after his daughter is named in passing, not after a story about her', () => {
    const read = reader();
    expect(read('President Donald Trump spoke to the Knesset. Trump thanked the mediators.')).toEqual([
      ['President Donald Trump', 'person-donald-trump'],
      ['Trump', 'person-donald-trump'],
    ]);
    expect(read('He thanked his daughter Ivanka Trump, who sat beside Kushner. Trump then turned to Hamas.')).toEqual([
      ['Kushner', 'person-jared-kushner'],
      ['Trump', 'person-donald-trump'],
      ['Hamas', 'org-hamas'],
    ]);
    const about = reader();
    expect(about('President Trump arrived. Ivanka Trump spoke at the square; Ivanka Trump thanked the families.')).toEqual([
      ['President Trump', 'person-donald-trump'],
    ]);
    expect(about('Trump said she would return.')).toEqual([]);
  });

  it("never takes the prime minister's wife or the Turkish president's for them", () => {
    const read = reader();
    expect(read('Sara Netanyahu met hostage families beside Prime Minister Benjamin Netanyahu.')).toEqual([
      ['Benjamin Netanyahu', 'person-benjamin-netanyahu'],
    ]);
    expect(read('Emine Erdoğan wrote to Melania Trump about the children of Gaza.')).toEqual([['Gaza', 'place-gaza-strip']]);
    expect(read('In the letter Erdogan asked Trump to write to Netanyahu.')).toEqual([['Netanyahu', 'person-benjamin-netanyahu']]);
  });

  it('never takes the kibbutz for the crossing it is named after', () => {
    const read = reader();
    expect(read('Residents of Kibbutz Kerem Shalom went home on Tuesday.')).toEqual([]);
    expect(read('Kerem Shalom is here to stay, its members said.')).toEqual([]);
    expect(read('Lorries waited at the Kerem Shalom crossing; Kerem Shalom reopened at noon.')).toEqual([
      ['Kerem Shalom crossing', 'place-kerem-shalom'],
      ['Kerem Shalom', 'place-kerem-shalom'],
    ]);
    expect(found('Kerem Shalom, a kibbutz on the border, moved its residents.')).toEqual([]);
  });

  it('never takes the city of Rafah, where Hamas fighters are trapped in tunnels, for the crossing', () => {
    const read = reader();
    expect(read('About 200 fighters are trapped in tunnels beneath Rafah. Israel holds eastern Rafah.')).toEqual([]);
    expect(read('Rafah is under Israeli control.')).toEqual([]);
    expect(read('Patients left through the Rafah crossing.')).toEqual([['Rafah crossing', 'place-rafah-crossing']]);
    expect(found('Rafah stayed closed to aid on Monday, Egypt said.')).toEqual([['Rafah', 'place-rafah-crossing']]);
    // The city placed in the south, held in part by Israel, or home to the aid sites of 2025; Kushner's new city.
    // (The false friend is passed over whole, the Strip inside it too.)
    expect(found('Families live in tents in Rafah in the southern Gaza Strip.')).toEqual([]);
    expect(found('Two were wounded in Rafah, in southern Gaza, medics said.')).toEqual([]);
    expect(found('Hamas has lost touch with its men in Israeli-held parts of Rafah.')).toEqual([['Hamas', 'org-hamas']]);
    expect(found('Six died near a GHF distribution site in Rafah.')).toEqual([['GHF', 'org-ghf']]);
    expect(found('The plan would begin with New Rafah, a city of 100,000 homes.')).toEqual([]);
    // Bare, the name is the crossing only where the paragraph speaks of crossing: elsewhere it is the city.
    expect(found('Hamas said two soldiers were killed in Rafah.')).toEqual([['Hamas', 'org-hamas']]);
    expect(found('Rebuilding would start in Rafah, near the border with Egypt.')).toEqual([]);
    expect(found('About 50 patients a day leave through Rafah.')).toEqual([['Rafah', 'place-rafah-crossing']]);
    expect(found('The EUBAM Rafah mission is back.')).toEqual([['Rafah', 'place-rafah-crossing']]);
    expect(found('A mother displaced from Rafah asked for the crossing to be opened.')).toEqual([]);
    // The city's own words outweigh a crossing word beside them.
    expect(found('Fighters in the tunnels under the city stay shut in Rafah.')).toEqual([]);
  });

  it('finds Ali Shaath by the surname after his full name, never the PLO negotiator Nabil Shaath', () => {
    const read = reader();
    expect(read('Ali Shaath will lead the committee. Shaath said it would not coordinate with factions.')).toEqual([
      ['Ali Shaath', 'person-ali-shaath'],
      ['Shaath', 'person-ali-shaath'],
    ]);
    // Named in passing in a story about Ali Shaath, the negotiator does not take the surname from him.
    expect(read('He is no relation of Nabil Sha’ath, the PLO’s Oslo negotiator. Shaath named the members.')).toEqual([
      ['Shaath', 'person-ali-shaath'],
    ]);
    // A story about the negotiator names him at least as often: the surname is his.
    const about = reader();
    expect(about('Nabil Sha’ath, once the PLO’s negotiator, spoke in Ramallah. Shaath recalled Oslo.')).toEqual([]);
    expect(about('Ali Sha’ath replied; Shaath was brief.')).toEqual([
      ['Ali Sha’ath', 'person-ali-shaath'],
      ['Shaath', 'person-ali-shaath'],
    ]);
  });

  it('finds Marwan Barghouti by the surname, never the other Barghoutis once they are named', () => {
    const read = reader();
    expect(read('Israel said Marwan Barghouti would not be freed. Barghouti is serving five life sentences.')).toEqual([
      ['Marwan Barghouti', 'person-marwan-barghouti'],
      ['Barghouti', 'person-marwan-barghouti'],
    ]);
    const about = reader();
    expect(about('Mustafa Barghouti, who ran for president in 2005, spoke from Ramallah. Barghouti called for unity.')).toEqual([]);
    // Three namesakes named against his one full name: the surname stays withheld.
    expect(about('Fadwa Barghouti and Arab Barghouti lead the campaign for Marwan Barghouti; Barghouti is in Megiddo.')).toEqual([
      ['Marwan Barghouti', 'person-marwan-barghouti'],
    ]);
    expect(found('Abdullah Barghouti was on the list too.')).toEqual([]);
  });

  it("gives the brothers' surname to whichever Sinwar was named last, and to neither before", () => {
    const read = reader();
    expect(read('Sinwar was blamed.')).toEqual([]);
    expect(read('Yahya Sinwar planned the attack. Sinwar was killed in October 2024.')).toEqual([
      ['Yahya Sinwar', 'person-yahya-sinwar'],
      ['Sinwar', 'person-yahya-sinwar'],
    ]);
    expect(read('His brother Mohammed Sinwar took over; Sinwar was killed in May 2025.')).toEqual([
      ['Mohammed Sinwar', 'person-mohammed-sinwar'],
      ['Sinwar', 'person-mohammed-sinwar'],
    ]);
    // The spelling with the article, as some agencies write both names.
    expect(read('Yahya al-Sinwar ran the movement; al-Sinwar planned it. Mohammed al-Sinwar followed, and al-Sinwar died.')).toEqual([
      ['Yahya al-Sinwar', 'person-yahya-sinwar'],
      ['al-Sinwar', 'person-yahya-sinwar'],
      ['Mohammed al-Sinwar', 'person-mohammed-sinwar'],
      ['al-Sinwar', 'person-mohammed-sinwar'],
    ]);
  });

  it('gives Qatar\'s shared "Al Thani" to whichever of the emir and the prime minister was named last', () => {
    const read = reader();
    const ids = (text: string) => read(text).map(([, id]) => id);
    // Hamas is a context word of both, so before the reading the prime minister (the first licensed) took it.
    expect(ids('Sheikh Tamim bin Hamad Al Thani hosted the talks. Al Thani told Hamas to accept the plan.')).toEqual([
      'person-tamim-bin-hamad-al-thani',
      'person-tamim-bin-hamad-al-thani',
      'org-hamas',
    ]);
    expect(ids('The prime minister, Mohammed bin Abdulrahman Al Thani, flew to Cairo. Al Thani met Hamas.')).toEqual([
      'person-mohammed-bin-abdulrahman-al-thani',
      'place-cairo',
      'person-mohammed-bin-abdulrahman-al-thani',
      'org-hamas',
    ]);
  });

  it("never takes Ukraine's 20-point plan for Gaza's", () => {
    expect(found('Russia has not answered the 20-point plan, the Kremlin said.')).toEqual([]);
    expect(found('Zelenskyy said the 20-point peace plan was 90% agreed.')).toEqual([]);
    expect(found('Hamas accepted parts of the 20-point plan.')).toEqual([
      ['Hamas', 'org-hamas'],
      ['20-point plan', 'concept-20-point-plan'],
    ]);
  });

  it("never takes Qatar's UN ambassador for its prime minister", () => {
    expect(found('Sheikha Alya Ahmed bin Saif al-Thani told the Council that Hamas must be heard.')).toEqual([['Hamas', 'org-hamas']]);
  });

  it("is left to the engine: the first stage counts a relative as the name inside, and only a broad name's false friends apart", () => {
    // Few pages name a relative three times; those that do load the engine, which shows none of them (above).
    expect(strongMentions('Hammam al-Hayya.')).toBe(1);
    expect(strongMentions('Talik Gvili. Gvili said.')).toBe(0);
    expect(strongMentions('Khalil al-Hayya met Ran Gvili’s family.')).toBe(2);
    expect(strongMentions('Floods in Gaza province.')).toBe(0);
  });
});
