// Generic words on the real dataset, read by their paragraph: "ceasefire" is this truce where the paragraph dates
// it or names a town of the Strip (another war's elsewhere); "Rafah" is the crossing beside its terminal.
import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/src/dataset/build/wxt-dataset-module';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { entryMatches } from '../../support/entry-matches';

const { index } = compileFromDisk();
const matcher = createPageMatcher(index);
const ceasefires = (text: string) => entryMatches(matcher, text, 'concept-ceasefire').map((m) => m.text);

describe('bare "ceasefire"', () => {
  it('is this truce beside its start date, written as coverage writes it', () => {
    expect(ceasefires('Medics said 354 people had been killed since the ceasefire took effect on October 10.')).toEqual(['ceasefire']);
    expect(ceasefires('The truce, in force since 10 October, has held in name only.')).toEqual(['truce']);
  });

  it("is this truce beside the Strip's towns", () => {
    expect(ceasefires("Five members of one family were killed in Khan Younis's al-Mawasi area despite the ceasefire.")).toEqual([
      'ceasefire',
    ]);
  });

  it("is not another war's", () => {
    expect(ceasefires('The ceasefire in Lebanon took effect on November 27, and Hezbollah says Israel breaks it daily.')).toEqual([]);
  });

  it("is this truce in Arabic and Hebrew beside Gaza or Hamas in their script, and not another war's", () => {
    expect(ceasefires('قال مسؤول إن الهدنة في غزة صامدة وإن وقف إطلاق النار سيستمر.')).toEqual(['الهدنة', 'وقف إطلاق النار']);
    expect(ceasefires('أعلنت موسكو وكييف وقف إطلاق النار لثلاثة أيام.')).toEqual([]);
    // "בעזה": Gaza with "in" joined to it licenses it too.
    expect(ceasefires('גורם אמר כי הפסקת האש בעזה מחזיקה.')).toEqual(['הפסקת האש']);
    expect(ceasefires('הפסקת האש בלבנון נכנסה לתוקף הלילה.')).toEqual([]);
  });

  it("is this truce in Italian, Portuguese, French, Turkish and Indonesian beside Gaza or Hamas, and not another war's", () => {
    expect(ceasefires('Il cessate il fuoco a Gaza regge, scrive la stampa.')).toEqual(['cessate il fuoco']);
    expect(ceasefires('O cessar-fogo em Gaza foi violado, diz o Hamas.')).toEqual(['cessar-fogo']);
    expect(ceasefires('La trêve à Gaza entre en vigueur dimanche, selon le Hamas.')).toEqual(['trêve']);
    expect(ceasefires("Gazze'de ateşkes sürüyor.")).toEqual(['ateşkes']);
    expect(ceasefires('Gencatan senjata di Gaza mulai berlaku.')).toEqual(['Gencatan senjata']);
    expect(ceasefires('La tregua tra Mosca e Kiev è durata tre giorni.')).toEqual([]);
  });
});

describe('bare "Rafah"', () => {
  it('is the crossing beside its terminal, as stories of its reopening describe it', () => {
    const rafah = (text: string) => matcher.find(text).map((m) => [m.text, index.entries[m.entry]?.id]);
    expect(
      rafah("Rafah, Gaza's only gateway not controlled by Israel, has its Palestinian side of the terminal in Israeli hands."),
    ).toEqual([
      ['Rafah', 'place-rafah-crossing'],
      ['Gaza', 'place-gaza-strip'],
    ]);
  });

  it('is the crossing where Spanish, Italian and Portuguese name it so, and the town elsewhere', () => {
    const crossing = (text: string) => entryMatches(matcher, text, 'place-rafah-crossing').map((m) => m.text);
    expect(crossing('El paso de Rafah podría reabrirse en los próximos días.')).toEqual(['Rafah']);
    expect(crossing('Il valico di Rafah è stato parzialmente riaperto.')).toEqual(['Rafah']);
    expect(crossing('Israel reabrirá a passagem de Rafah no domingo.')).toEqual(['Rafah']);
    // "Paso" is any step or passing: only "paso de Rafah" or "paso fronterizo" is the crossing.
    expect(crossing('Rafah es una ciudad del sur; el paso de los años no la cambió.')).toEqual([]);
  });

  it("is the crossing in Turkish by its full name, declined, and never the word's other meanings", () => {
    const crossing = (text: string) => entryMatches(matcher, text, 'place-rafah-crossing').map((m) => m.text);
    expect(crossing("Refah Sınır Kapısı'nın yeniden açılması bekleniyor.")).toEqual(['Refah Sınır Kapısı']);
    expect(crossing('Refah Partisi seçimlerde yüzde 21 oy aldı.')).toEqual([]);
  });
});
