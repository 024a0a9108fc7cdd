// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discovered, match } from './organization-matching';

describe('discovering organizations the knowledge base lacks', () => {
  it.each([
    ['… Group', 'Zenrock Group signed a deal with Baogang.', [{ forms: ['Zenrock Group'], type: 'company', rule: '… Group', mentions: 1 }]],
    ['two universities joined by "and"', 'Xiangtan University and Qilu University of Technology joined.', [
      { forms: ['Qilu University of Technology'], type: 'university', rule: 'University of …', mentions: 1 },
      { forms: ['Xiangtan University'], type: 'university', rule: '… University', mentions: 1 },
    ]],
    ['a name of its own after "and", opening with its head or after a country', 'Zenrock Institute of Technology and University of Qilu met. Norway and Ostravex Group signed.', [
      { forms: ['Ostravex Group'], type: 'company', rule: '… Group', mentions: 1 },
      { forms: ['University of Qilu'], type: 'university', rule: 'University of …', mentions: 1 },
      { forms: ['Zenrock Institute of Technology'], type: 'research-institute', rule: 'Institute of …', mentions: 1 },
    ]],
    ['two names run together', 'Teams of Xiangtan University Qilu University met.', [
      { forms: ['Qilu University'], type: 'university', rule: '… University', mentions: 1 },
      { forms: ['Xiangtan University'], type: 'university', rule: '… University', mentions: 1 },
    ]],
    ['Ministry of …, even of generic words', 'The Ministry of Water Resources approved.', [
      { forms: ['Ministry of Water Resources'], type: 'government', rule: 'Ministry of …', mentions: 1 },
    ]],
    ['… Co., Ltd, its variants one name', 'It signed with Fujian Sanbao Steel Co., Ltd. yesterday. Fujian Sanbao Steel grew.', [
      { forms: ['Fujian Sanbao Steel', 'Fujian Sanbao Steel Co., Ltd.'], type: 'steelmaker', rule: '… Steel', mentions: 2 },
    ]],
    ['a defined abbreviation, counted where used', 'The Hydrogen Metallurgy Testing Center (HMTC) opened. HMTC said so.', [
      { forms: ['Hydrogen Metallurgy Testing Center'], type: 'research-institute', rule: 'defined as “HMTC”', mentions: 2, abbreviations: ['HMTC'] },
    ]],
    ['a country, a former one too, is no organization for its head word', 'It was built in the Soviet Union and sold to the United Arab Emirates.', []],
    ['an abbreviation defined after a legal form’s full stop', 'Trading is run by Zenrock Energy Services Ltd. (ZESL), a joint venture.', [
      { forms: ['Zenrock Energy Services Ltd.'], type: 'company', rule: 'defined as “ZESL”', mentions: 1, abbreviations: ['ZESL'] },
    ]],
    ['an abbreviation that spells the legal form too', 'It relies on the Integrated Gas Company (IGC), the sole supplier.', [
      { forms: ['Integrated Gas Company'], type: 'company', rule: 'defined as “IGC”', mentions: 1, abbreviations: ['IGC'] },
    ]],
    ['an acronym that makes a statement', 'KSTX said output rose. CBAM will apply. The JV said it would. EHS said so.', [{ forms: ['KSTX'], type: 'company', rule: '“KSTX said”', mentions: 1 }]],
    ['roles, places and possessives are stripped', 'Chairman of Zenrock Group Li Wei said. Beijing-based Qilu University grew. China’s Xinhai Steel Group too. Las Vegas-based Ostravex Corp grew.', [
      { forms: ['Ostravex Corp'], type: 'company', rule: '… Corp', mentions: 1 },
      { forms: ['Qilu University'], type: 'university', rule: '… University', mentions: 1 },
      { forms: ['Xinhai Steel Group'], type: 'company', rule: '… Group', mentions: 1 },
      { forms: ['Zenrock Group'], type: 'company', rule: '… Group', mentions: 1 },
    ]],
    ['a person before "of" is not part of the name', 'Li Wei of Qilu University said.', [{ forms: ['Qilu University'], type: 'university', rule: '… University', mentions: 1 }]],
    ['a known name going on into another is that other, under it', 'Nippon Steel Plant Engineering Co., Ltd. built it.', [
      { forms: ['Nippon Steel Plant Engineering Co., Ltd.'], type: 'technology', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
    ]],
    ['a joint venture or unit whose name opens with a partner’s word, but not with a sentence’s or a country’s', 'HASCO Nippon Steel Drive Systems Co., Ltd. opened. Rival Nippon Steel Plant Engineering Co., Ltd. built it. Japan Nippon Steel Drive Systems Co., Ltd. sold it.', [
      { forms: ['HASCO Nippon Steel Drive Systems Co., Ltd.'], type: 'technology', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
      { forms: ['Nippon Steel Drive Systems Co., Ltd.'], type: 'technology', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
      { forms: ['Nippon Steel Plant Engineering Co., Ltd.'], type: 'technology', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
    ]],
    ['a unit named with its country after the head, and no half of a compound with a known name', 'Nippon Steel Magnetic Materials Vietnam, a group company, opened. It invested in Nippon Steel-Qorvane, a subsidiary.', [
      { forms: ['Nippon Steel Magnetic Materials Vietnam'], type: 'company', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
    ]],
    ['an abbreviation defined after a known name that goes on, counted where used', 'Nippon Steel Magnetic Materials Vietnam Co., Ltd. (NSMV) opened. NSMV’s capacity doubled.', [
      { forms: ['Nippon Steel Magnetic Materials Vietnam Co., Ltd.'], type: 'company', rule: 'extends “Nippon Steel”', mentions: 2, parentId: 'nippon-steel', abbreviations: ['NSMV'] },
    ]],
    ['a known name going on past a head that opens phrases, or into a grant programme, is no other body', 'HBIS Energy Award winners met. The EU Innovation Fund paid. Nippon Steel Plant Engineering Co., Ltd. built it.', [
      { forms: ['Nippon Steel Plant Engineering Co., Ltd.'], type: 'technology', rule: 'extends “Nippon Steel”', mentions: 1, parentId: 'nippon-steel' },
    ]],
    ['a ministry whose name is a list', 'The Ministry of Zinc, Forest and Climate Change and the Ministry of Zinc, Zenrock Steel and Qilu University met. The Ministry of Tin, Forest, and Climate Change met.', [
      { forms: ['Ministry of Tin, Forest, and Climate Change'], type: 'government', rule: 'Ministry of …', mentions: 1 },
      { forms: ['Ministry of Zinc'], type: 'government', rule: 'Ministry of …', mentions: 1 },
      { forms: ['Ministry of Zinc, Forest and Climate Change'], type: 'government', rule: 'Ministry of …', mentions: 1 },
      { forms: ['Qilu University'], type: 'university', rule: '… University', mentions: 1 },
      { forms: ['Zenrock Steel'], type: 'steelmaker', rule: '… Steel', mentions: 1 },
    ]],
    ['a name with "and" inside, as its abbreviation spells it', 'Zenrock Energy and Industrial Materials Agency (ZEIMA) helped.', [
      { forms: ['Zenrock Energy and Industrial Materials Agency'], type: 'government', rule: 'defined as “ZEIMA”', mentions: 1, abbreviations: ['ZEIMA'] },
    ]],
    ['a name the words around it call an organization', 'Zenrock Magnetics (ASX: ZRM) rose. Qorvane, a Minnesota-based startup, grew. Li Wei, chief executive of Ostravex, spoke.', [
      { forms: ['Ostravex'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
      { forms: ['Qorvane'], type: 'company', rule: 'described as a startup', mentions: 1 },
      { forms: ['Zenrock Magnetics'], type: 'company', rule: 'listed on an exchange', mentions: 1 },
    ]],
    ['not a person said to hold a role at a company', 'The work is advanced, Qorvane Hollis, a company spokesman said.', []],
    ['what it is, said right before it, and a role held there', 'German magnet maker Qorvane reported calls. Li Wei, a metals trader at Frankfurt-based Ostravex, spoke.', [
      { forms: ['Ostravex'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
      { forms: ['Qorvane'], type: 'company', rule: 'described as a maker', mentions: 1 },
    ]],
    ['a one-word name in a list of organizations, by what the list is or who else is in it', 'Peers like Zenrock, Ostravex and HBIS grew. Baowu, Shagang and Qorvane cut output.', [
      { forms: ['Ostravex'], type: 'company', rule: 'listed among peers', mentions: 1 },
      { forms: ['Qorvane'], type: 'company', rule: 'listed beside known organizations', mentions: 1 },
      { forms: ['Zenrock'], type: 'company', rule: 'listed among peers', mentions: 1 },
    ]],
    ['a longer name in a list the text says is of companies, never only beside known names nor among members', 'Makers of control systems, such as Zenrock Huateng, Qilu Dadi and HBIS, grew. Li Wei Ostravex, Baowu and HBIS met. Board members including Wang Jianping and Li Wei attended.', [
      { forms: ['Qilu Dadi'], type: 'company', rule: 'listed among makers', mentions: 1 },
      { forms: ['Zenrock Huateng'], type: 'company', rule: 'listed among makers', mentions: 1 },
    ]],
    ['ventures and divisions head a name; a vice-president before one, or a product line, is no part of it', 'Zenrock Ventures backed the Ostravex Minerals Division. Vice-President Qilu Division spoke. The Flat Products Division grew.', [
      { forms: ['Ostravex Minerals Division'], type: 'company', rule: '… Division', mentions: 1 },
      { forms: ['Qilu Division'], type: 'company', rule: '… Division', mentions: 1 },
      { forms: ['Zenrock Ventures'], type: 'company', rule: '… Ventures', mentions: 1 },
    ]],
    ['a data or recycling centre is a facility, an innovation centre a body', 'The Zenrock Data Center, Fraunhofer Recycling Center and Qilu Operations Centre opened beside the Ostravex Innovation Center.', [
      { forms: ['Ostravex Innovation Center'], type: 'research-institute', rule: '… Center', mentions: 1 },
    ]],
    ['an adverb opening a sentence, or a field label opening a line, is no name', 'Now, a startup from Qilu has found a way.\nSponsoring Organization: Qilu Steel Group', [
      { forms: ['Qilu Steel Group'], type: 'company', rule: '… Group', mentions: 1 },
    ]],
    ['what a business alone is called vouches for a longer name; a trade before a person does not', 'Fast food chain Qorvane Burgers grew, and pharmaceuticals major Ostravex hired. Its technology partner Zenrock helped. Policy maker Li Wei and a major Qilu Steelworks deal did not.', [
      { forms: ['Ostravex'], type: 'company', rule: 'described as a major', mentions: 1 },
      { forms: ['Qorvane Burgers'], type: 'company', rule: 'described as a chain', mentions: 1 },
      { forms: ['Zenrock'], type: 'company', rule: 'described as a partner', mentions: 1 },
    ]],
    ['a title after the person leaves the longer name whole; before the person it does not', 'Li Wei, CEO of Qorvane Industrial Intelligence, said so. CEO of Ostravex Port Ahmed Saleh agreed.', [
      { forms: ['Qorvane Industrial Intelligence'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
    ]],
    ['what leads a funding round or funds a project, never a person named in full', 'Its Series A was led by Zenrock. The pilot, funded by the Qorvane Trust Fundation, and a round led by Peter Smith followed.', [
      { forms: ['Qorvane Trust Fundation'], type: 'company', rule: 'funding or running something', mentions: 1 },
      { forms: ['Zenrock'], type: 'company', rule: 'funding or running something', mentions: 1 },
    ]],
    ['one-word names listed among customers after a comma, the last two apart', 'It has 100 customers, including Qorvane, Zenrock and Ostravex. Li Wei, Wang Jun and Liu Yang attended.', [
      { forms: ['Ostravex'], type: 'company', rule: 'listed among customers', mentions: 1 },
      { forms: ['Qorvane'], type: 'company', rule: 'listed among customers', mentions: 1 },
      { forms: ['Zenrock'], type: 'company', rule: 'listed among customers', mentions: 1 },
    ]],
    ['a title after a body is someone’s there; a title the body takes after "the" is its own; a venue is no body', 'The Qorvane Ministry of Mining Principal Secretary Li Wei spoke. Zenrock Ministry of Energy Minister Li Wei agreed at the Ostravex International Conference Centre. Climate Change and Energy Minister Li Wei listened; the Qilu Department of the Prime Minister and Cabinet wrote.', [
      { forms: ['Qilu Department of the Prime Minister and Cabinet'], type: 'government', rule: 'Department of …', mentions: 1 },
      { forms: ['Qorvane Ministry of Mining'], type: 'government', rule: 'Ministry of …', mentions: 1 },
      { forms: ['Zenrock Ministry of Energy'], type: 'government', rule: 'Ministry of …', mentions: 1 },
    ]],
    ['a person after a trade, and a place heading a list, are not', 'Metals trader Li Wei spoke. In Tangshan, Baowu and HBIS cut output.', []],
    ['people and places in a list are not', 'Li Wei, Dalip Singh and HBIS met. Output rose in Tangshan, Handan and Qian’an, and Baowu grew.', []],
    ['no cue in a back-reference or a place', 'Plants in Romania and the Czech Republic, the firm said. He is the president of Chile.', []],
    ['what a sector or a department does is no name', 'It won in the Integrated Steel sector. The Specific Energy use fell. The Energy Management Department and 30 Multi-National Corp (MNCs) joined.', []],
    ['generic words, sentence openers and technical terms are refused', 'The Alliance met. The group grew. National Steel Group rose. Coke Dry Quenching (CDQ) saves energy. Promoting the Development of the Iron and Steel Industry.', []],
    ['a firm’s functions and a product’s qualities are refused', 'Its Legal Department and Electronic Instrument Control Department signed. The R&D Centre opened. Advanced High Strength Steel and Processed Critical Minerals sold.', []],
    ['a kind of industry and what a product does are refused', 'Energy Intensive Industries and Energy-Consuming Industries said so. Future-Ready Fuel Solutions and Cloud Technologies announced it.', []],
    ['a committee and a network are bodies', 'The Zenrock Growth Committee met the Qilu Pioneer Network.', [
      { forms: ['Qilu Pioneer Network'], type: 'alliance', rule: '… Network', mentions: 1 },
      { forms: ['Zenrock Growth Committee'], type: 'government', rule: '… Committee', mentions: 1 },
    ]],
    ['a union and a foundation are bodies', 'The Zenrock Workers Union and the Maritime Union of Qilu met the Ostravex Foundation.', [
      { forms: ['Maritime Union of Qilu'], type: 'industry-association', rule: 'Union of …', mentions: 1 },
      { forms: ['Ostravex Foundation'], type: 'research-institute', rule: '… Foundation', mentions: 1 },
      { forms: ['Zenrock Workers Union'], type: 'industry-association', rule: '… Union', mentions: 1 },
    ]],
    ['an outlet cited at the end of a clause, or after "reports", is a medium', 'Demand is rising, The Zenrock Post reported yesterday. Output fell, reports Qilu Daily. Ostravex Tribune reported on Monday.', [
      { forms: ['Ostravex Tribune'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['Qilu Daily'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['The Zenrock Post'], type: 'media', rule: 'cited as reporting', mentions: 1 },
    ]],
    ['a name of three or four common words that makes a statement', 'The Arctic Environment Agency said emissions fell. The Energy Ministry said so.', [
      { forms: ['Arctic Environment Agency'], type: 'government', rule: '… Agency', mentions: 1 },
    ]],
    ['an outlet of common words cited as reporting, and one whose reporters are told', 'Trains ran fast, the Chinese Economic Weekly reported on Wednesday. Li told Qilu reporters that output rose. Li told Zhang nothing.', [
      { forms: ['Chinese Economic Weekly'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['Qilu'], type: 'media', rule: 'cited as told', mentions: 1 },
    ]],
    ['an outlet someone talks to, or that reports what follows, by an outlet’s name', 'The chief explained to Zenrock 11 News that it burned. Qilu Daily reported that output fell. Wang told QTV that prices rose. Li told Ostravex nothing. Li told Parliament that prices rose.', [
      { forms: ['Qilu Daily'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['QTV'], type: 'media', rule: 'cited as told', mentions: 1 },
      { forms: ['Zenrock 11 News'], type: 'media', rule: 'cited as told', mentions: 1 },
    ]],
    ['an outlet spoken to at the start of a sentence, or named with what it is', 'Speaking to Zenrock Motor Magazine, he agreed. It won, according to a report by QNA news agency.', [
      { forms: ['QNA'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['Zenrock Motor Magazine'], type: 'media', rule: 'cited as told', mentions: 1 },
    ]],
    ['an outlet told something by any name, where what was told ends; a person spoken with or described is not', 'Costs rose, Li told Qilu Signal. Li told Zenrock Brew that prices rose. Wang told Ostravex in June that it would. Li spoke with Wang Qiang, the director of a mill. Li told Zhou Ming, the mayor, nothing.', [
      { forms: ['Ostravex'], type: 'media', rule: 'cited as told', mentions: 1 },
      { forms: ['Qilu Signal'], type: 'media', rule: 'cited as told', mentions: 1 },
      { forms: ['Zenrock Brew'], type: 'media', rule: 'cited as told', mentions: 1 },
    ]],
    ['an outlet cited by an outlet’s name or web address, or reported by, or as it reported; a gazette of laws is not', 'It cut power, according to a report on Qilubiz.com. The deal closed, according to the Zenrock Herald. Output fell, as reported by Ostravex Insight. As The Qorvane Post has previously reported, it grew. The act was published in the Federal Gazette.', [
      { forms: ['Ostravex Insight'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['Qilubiz.com'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['The Qorvane Post'], type: 'media', rule: 'cited as reporting', mentions: 1 },
      { forms: ['Zenrock Herald'], type: 'media', rule: 'cited as a source', mentions: 1 },
    ]],
    ['an outlet named with the noun for what it is, before or after, even an acronym that reports', 'Scrap is sorted, news agency QPA reports. The deposits are large, the Zenrock Tribal newspaper reported. QPX said so.', [
      { forms: ['QPA'], type: 'media', rule: 'described as an outlet', mentions: 1 },
      { forms: ['QPX'], type: 'company', rule: '“QPX said”', mentions: 1 },
      { forms: ['Zenrock Tribal'], type: 'media', rule: 'described as an outlet', mentions: 1 },
    ]],
    ['a word right before a known name is its seat, not a name of its own', 'An alliance of Baogang, Zenrock, HBIS, Qilu Shougang Co. will invest.', [
      { forms: ['Zenrock'], type: 'company', rule: 'listed beside known organizations', mentions: 1 },
    ]],
    ['a company reporting results is no medium', 'Zenrock Mining reported a record profit. Sales fell, Qorvane reported in its filing.', [
      { forms: ['Zenrock Mining'], type: 'mining', rule: '… Mining', mentions: 1 },
    ]],
    ['a country’s institute or chamber, of generic words, once it runs to "of …" or four words', 'The Korea Institute of Finance and the Japan Metal and Mining Federation spoke; a Chinese Steel Group and the Japanese Research Institute did not.', [
      { forms: ['Japan Metal and Mining Federation'], type: 'industry-association', rule: '… Federation', mentions: 1 },
      { forms: ['Korea Institute of Finance'], type: 'research-institute', rule: 'Institute of …', mentions: 1 },
    ]],
    ['"and" between a body named alone and a name, or before a body ending a complement, still parts two names', 'The Company and Zenrock Group signed. The Institute for Zinc Economics and the Government met.', [
      { forms: ['Institute for Zinc Economics'], type: 'research-institute', rule: 'Institute for …', mentions: 1 },
      { forms: ['Zenrock Group'], type: 'company', rule: '… Group', mentions: 1 },
    ]],
    ['"and" inside a name, after a head alone or before one common word ending a complement', 'The Mining and Coastal Sciences Research Council paid. The Center for Freight and the Environment spoke.', [
      { forms: ['Center for Freight and the Environment'], type: 'research-institute', rule: 'Center for …', mentions: 1 },
      { forms: ['Mining and Coastal Sciences Research Council'], type: 'industry-association', rule: '… Council', mentions: 1 },
    ]],
    ['a place in brackets inside a company’s name, not after it', 'Zenrock Mag Rare-Earth (Baotou) Co., Ltd. grew. The Qorvane Mining (Baotou) plant opened.', [
      { forms: ['Qorvane Mining'], type: 'mining', rule: '… Mining', mentions: 1 },
      { forms: ['Zenrock Mag Rare-Earth (Baotou) Co., Ltd.'], type: 'company', rule: '… Ltd', mentions: 1 },
    ]],
    ['power, renewables, electric, auto and cement companies', 'Zenrock Renewables, Qorvane Electric and Ostravex Auto signed; Wind Power and Hybrid Electric grew.', [
      { forms: ['Ostravex Auto'], type: 'automotive', rule: '… Auto', mentions: 1 },
      { forms: ['Qorvane Electric'], type: 'technology', rule: '… Electric', mentions: 1 },
      { forms: ['Zenrock Renewables'], type: 'energy', rule: '… Renewables', mentions: 1 },
    ]],
    ['a firm’s or a party’s own department or committee is no name', 'The Production Department, the PR & Advertising Department and the Party Committee met the Analytical Studies Group.', []],
    ['a service centre or a joint office is no name', 'The Steel Service Center opened beside the Joint Innovation Center and the Intelligent Office.', []],
    ['a kind of motor is not a motor maker', 'Permanent Magnet Synchronous Motors and Induction Motors save power. Permanent Magnet Synchronous Motors (PMSM) and Giga Steel too.', []],
    ['a grant programme is no investor', 'The Just Transition Fund, the Zenrock Innovation Fund and the Industrial Energy Transformation Fund paid; the Qilu Investment Fund invested.', [
      { forms: ['Qilu Investment Fund'], type: 'company', rule: '… Fund', mentions: 1 },
    ]],
    ['a steel grade is not a steelmaker', 'It sells Non-Oriented Electrical Steel and Grain-Oriented Silicon Steel.', []],
    ['a clause opener is not part of a name, nor is a legal form in capitals a name alone', 'Although Zenrock Steel Group grew, Qilu Power CO., LTD. signed. It was CO., LTD. again.', [
      { forms: ['Qilu Power CO., LTD'], type: 'energy', rule: '… Power', mentions: 1 },
      { forms: ['Zenrock Steel Group'], type: 'company', rule: '… Group', mentions: 1 },
    ]],
    ['two names joined by "and The" are two', 'The Zenrock Green Steel Council and The Qilu Transport Institute met.', [
      { forms: ['Qilu Transport Institute'], type: 'research-institute', rule: '… Institute', mentions: 1 },
      { forms: ['Zenrock Green Steel Council'], type: 'industry-association', rule: '… Council', mentions: 1 },
    ]],
    ['a day written after a name is not part of it', 'The Qilu Commission of Industry Monday said so.', [
      { forms: ['Qilu Commission of Industry'], type: 'government', rule: 'Commission of …', mentions: 1 },
    ]],
    ['an embassy and a parliament are bodies', 'The Zenrock Embassy in Hanoi and the Parliament of Qilu met.', [
      { forms: ['Parliament of Qilu'], type: 'government', rule: 'Parliament of …', mentions: 1 },
      { forms: ['Zenrock Embassy'], type: 'government', rule: '… Embassy', mentions: 1 },
    ]],
    ['a head that goes on after "for" or "of" makes a body of generic words, "and" included', 'The Centre for Trade and Investment Law, the Institute of Minerals and Management Technology and the Alliance for Low Carbonization of Steel Production met.', [
      { forms: ['Alliance for Low Carbonization of Steel Production'], type: 'alliance', rule: 'Alliance for …', mentions: 1 },
      { forms: ['Centre for Trade and Investment Law'], type: 'research-institute', rule: 'Centre for …', mentions: 1 },
      { forms: ['Institute of Minerals and Management Technology'], type: 'research-institute', rule: 'Institute of …', mentions: 1 },
    ]],
    ['a remit list after "for", and three generic words short of a ministry stay a description', 'The Department for Business, Energy and Industrial Strategy spoke to the regional Chamber of Commerce.', [
      { forms: ['Department for Business, Energy and Industrial Strategy'], type: 'government', rule: 'Department for …', mentions: 1 },
    ]],
    ['a country’s own name before a head names one body', 'The Korea Environment Corporation and the China Mineral Resources Group met; a Chinese Steel Group did not.', [
      { forms: ['China Mineral Resources Group'], type: 'company', rule: '… Group', mentions: 1 },
      { forms: ['Korea Environment Corporation'], type: 'company', rule: '… Corporation', mentions: 1 },
    ]],
    ['a name written in full before a known abbreviation in brackets is that organization, not a discovery', 'The Federal Ministry for Economic Affairs and Climate Protection (BMWK) approved it.', []],
    ['heads that go on after "on" or "of", a plural possessive, a year before and a date after', 'The Council on Environmental Quality and the Office of Planning and Budget met. Zenrock Electric Motors’ director spoke. The 2024 Qilu Developers Association of Canada opened. It was run by the Ostravex Commission of Industry Monday.', [
      { forms: ['Council on Environmental Quality'], type: 'industry-association', rule: 'Council on …', mentions: 1 },
      { forms: ['Office of Planning and Budget'], type: 'government', rule: 'Office of …', mentions: 1 },
      { forms: ['Ostravex Commission of Industry'], type: 'government', rule: 'Commission of …', mentions: 1 },
      { forms: ['Qilu Developers Association of Canada'], type: 'industry-association', rule: 'Association of …', mentions: 1 },
      { forms: ['Zenrock Electric Motors'], type: 'automotive', rule: '… Motors', mentions: 1 },
    ]],
    ['a name goes on past "and" into words that single no one out; in a list, a head after "and" closes a name of its own', 'Zenrock Mining and Minerals Ltd. rose. Members: Qilu Society of Technology Economics, Ostravex Metallurgical Information and Standardization Institute, etc.', [
      { forms: ['Ostravex Metallurgical Information and Standardization Institute'], type: 'research-institute', rule: '… Institute', mentions: 1 },
      { forms: ['Qilu Society of Technology Economics'], type: 'industry-association', rule: 'Society of …', mentions: 1 },
      { forms: ['Zenrock Mining and Minerals Ltd.'], type: 'mining', rule: '… Minerals', mentions: 1 },
    ]],
    ['an opener like "Following" is no part of a name; NL and Pvt are legal forms', 'Following the Zenrock Steel vote, Qilu Resources NL and Ostravex Power Pvt Ltd rose.', [
      { forms: ['Ostravex Power Pvt Ltd'], type: 'energy', rule: '… Power', mentions: 1 },
      { forms: ['Qilu Resources NL'], type: 'mining', rule: '… Resources', mentions: 1 },
      { forms: ['Zenrock Steel'], type: 'steelmaker', rule: '… Steel', mentions: 1 },
    ]],
    ['a unit’s head there, a "-led" opener, and a steel grade or a joint venture are no name', 'Li Wei, Head of Operations and Maintenance at Qorvane, spoke. The Green-led Ostravex Ministry of Economics agreed. Zenrock Steel sells Cold Rolled Grain Oriented Electrical Steel through a Joint Venture Company.', [
      { forms: ['Ostravex Ministry of Economics'], type: 'government', rule: 'Ministry of …', mentions: 1 },
      { forms: ['Qorvane'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
      { forms: ['Zenrock Steel'], type: 'steelmaker', rule: '… Steel', mentions: 1 },
    ]],
    ['industries, capital, partners and systems head a name that singles someone out', 'Zenrock Industries, Qilu Capital and Ostravex Infrastructure Partners backed Qorvane Power Systems; Heavy Industries and Alternative Materials did not.', [
      { forms: ['Ostravex Infrastructure Partners'], type: 'company', rule: '… Partners', mentions: 1 },
      { forms: ['Qilu Capital'], type: 'company', rule: '… Capital', mentions: 1 },
      { forms: ['Qorvane Power Systems'], type: 'technology', rule: '… Systems', mentions: 1 },
      { forms: ['Zenrock Industries'], type: 'company', rule: '… Industries', mentions: 1 },
    ]],
    ['an outlet said to be one right before its name is a medium; a daily meeting is not', 'The newspaper Izvestiya wrote it first, and the local daily Qilu Observer followed. A daily Production Review met.', [
      { forms: ['Izvestiya'], type: 'media', rule: 'described as an outlet', mentions: 1 },
      { forms: ['Qilu Observer'], type: 'media', rule: 'described as an outlet', mentions: 1 },
    ]],
    ['a title before a name leaves a longer name unsure where it ends, a one-word one not', 'Deputy Chairman of Qilu Ostravex Ahmed al-Sunaidy signed, as did the chief executive of Zenrock.', [
      { forms: ['Zenrock'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
    ]],
    ['a unit named by what it does is no body', 'It was signed by the Vice President of Commercial Operations at Qorvane; the Competent Ministry agreed.', [
      { forms: ['Qorvane'], type: 'company', rule: 'where someone holds a role', mentions: 1 },
    ]],
    ['an apposition that says who someone is at a firm names no firm', 'It rose, according to Li Wei, an executive of the company. Zhang Sanfeng, a trader at Frankfurt-based firm Qorvane, agreed.', [
      { forms: ['Qorvane'], type: 'company', rule: 'described as a firm', mentions: 1 },
    ]],
    ['an apposition that says the name is a unit of another', 'Zentrix, a spin-off of the German carmaker, plans a plant.', [
      { forms: ['Zentrix'], type: 'company', rule: 'described as a spin-off', mentions: 1 },
    ]],
    ['a region’s or city’s government named by its level, not a country’s', 'It signed with the Qilu provincial government and the Zenrock city government. The Chinese provincial government agreed.', [
      { forms: ['Qilu provincial government'], type: 'government', rule: '… local government', mentions: 1 },
      { forms: ['Zenrock city government'], type: 'government', rule: '… local government', mentions: 1 },
    ]],
    ['a board and mines head a name; a firm’s own board does not', 'The Qilu Energy Licensing Board fined Zenrock Mines; the Supervisory Board, the Managing Board, the Steering Committee and the Board of Directors met.', [
      { forms: ['Qilu Energy Licensing Board'], type: 'government', rule: '… Board', mentions: 1 },
      { forms: ['Zenrock Mines'], type: 'mining', rule: '… Mines', mentions: 1 },
    ]],
    ['a company’s name and a country is its unit there, before a full stop too; an outlet’s is not', 'Reuters China reported it was signed by Posco China.', [
      { forms: ['Posco China'], type: 'steelmaker', rule: 'extends “Posco”', mentions: 1, parentId: 'posco' },
    ]],
    ['a known name goes on into a head and what the head takes after its preposition', 'Li Wei of the Fraunhofer Institute for Laser Technology ILT spoke.', [
      { forms: ['Fraunhofer Institute for Laser Technology ILT'], type: 'research-institute', rule: 'extends “Fraunhofer”', mentions: 1, parentId: 'fraunhofer' },
    ]],
    ['a known name going on into a head and a programme’s word names the programme, not a body', 'Under the Fraunhofer Steel Roadmap and the Fraunhofer Energy Star, Fraunhofer Steel Ltd. grew.', [
      { forms: ['Fraunhofer Steel Ltd.'], type: 'steelmaker', rule: 'extends “Fraunhofer”', mentions: 1, parentId: 'fraunhofer' },
    ]],
    ['a head that goes on after "on" makes a body of generic words', 'The Council on Environmental Quality met.', [
      { forms: ['Council on Environmental Quality'], type: 'industry-association', rule: 'Council on …', mentions: 1 },
    ]],
    ['a rating is not a steelmaker', 'Plants rated Five-Star Green Steel or 3-Star Green Steel said they qualify.', []],
    ['a plant, a plan or a law is not a body', 'Output at Zenrock Steelworks rose under the Zenrock Action Plan for Energy Conservation and the Qilu Hydrogen Act.', []],
    ['knowledge-base names are not discovered', 'China Baowu Steel Group and Tsinghua University met.', []],
    ['a known name does not go on across a full stop or into another known name', 'It beat Dongkuk Steel. Hyundai Steel said so. Nippon Steel Nippon Steel spoke.', []],
  ])('%s', (_, text, expected) => {
    expect(discovered(text)).toEqual(expected);
  });

  it('leaves a ministry written as another country’s to discovery', () => {
    const found = match('Colombia’s Ministry of Mines and Energy met India’s Ministry of Mines.');
    expect(found.organizations.map((org) => [org.id, org.matched])).toEqual([['colombia-government', ['Colombia']], ['india-ministry-of-mines', ['India’s Ministry of Mines']]]);
    expect(found.discovered.map((name) => name.forms)).toEqual([['Ministry of Mines and Energy']]);
  });

  it('leaves a ministry written with another country’s nationality to discovery, and keeps one with its own', () => {
    const found = match('The Brazilian Ministry of Mines met.');
    expect(found.organizations).toEqual([]);
    expect(found.discovered.map((name) => name.forms)).toEqual([['Brazilian Ministry of Mines']]);
    expect(match('The Indian Ministry of Mines met.').organizations.map((org) => org.id)).toEqual(['india-ministry-of-mines']);
    // Beside India's, a story's country does not make the Brazilian ministry India's.
    const both = match('The Brazilian Ministry of Mines met the Indian Ministry of Mines.');
    expect(both.organizations.map((org) => [org.id, org.matched])).toEqual([['india-ministry-of-mines', ['Indian Ministry of Mines']]]);
    expect(both.discovered.map((name) => name.forms)).toEqual([['Brazilian Ministry of Mines']]);
  });

  it('does not look in title-case headings', () => {
    expect(discovered('', { blocks: [{ kind: 'heading', text: 'Steel Giants Join Forces in New Zenrock Alliance Group' }] })).toEqual([]);
  });

  it('keeps the sentences that show a discovered name, as written', () => {
    expect(match('Zenrock Group signed. It grew. Zenrock Group hired.').discovered[0]?.evidence).toEqual(['Zenrock Group signed.', 'Zenrock Group hired.']);
  });
});
