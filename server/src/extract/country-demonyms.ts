// The countries of the world by their adjective ("Danish" → Denmark): a closed table, since adjectives derive irregularly.

// prettier-ignore
const TABLE = `
afghan:Afghanistan albanian:Albania algerian:Algeria andorran:Andorra angolan:Angola argentine:Argentina
argentinian:Argentina armenian:Armenia australian:Australia austrian:Austria azerbaijani:Azerbaijan bahamian:Bahamas
bahraini:Bahrain bangladeshi:Bangladesh barbadian:Barbados belarusian:Belarus belgian:Belgium belizean:Belize
beninese:Benin bhutanese:Bhutan bolivian:Bolivia bosnian:Bosnia and Herzegovina botswanan:Botswana brazilian:Brazil
british:United Kingdom bruneian:Brunei bulgarian:Bulgaria burkinabe:Burkina Faso burmese:Myanmar burundian:Burundi
cambodian:Cambodia cameroonian:Cameroon canadian:Canada chadian:Chad chilean:Chile chinese:China colombian:Colombia
comorian:Comoros croatian:Croatia cuban:Cuba cypriot:Cyprus czech:Czech Republic danish:Denmark
djiboutian:Djibouti dutch:Netherlands ecuadorian:Ecuador egyptian:Egypt
emirati:United Arab Emirates eritrean:Eritrea estonian:Estonia ethiopian:Ethiopia fijian:Fiji filipino:Philippines
finnish:Finland french:France gabonese:Gabon gambian:Gambia georgian:Georgia german:Germany ghanaian:Ghana greek:Greece
grenadian:Grenada guatemalan:Guatemala guyanese:Guyana haitian:Haiti honduran:Honduras
hungarian:Hungary icelandic:Iceland indian:India indonesian:Indonesia iranian:Iran iraqi:Iraq irish:Ireland
israeli:Israel italian:Italy ivorian:Ivory Coast jamaican:Jamaica japanese:Japan jordanian:Jordan kazakh:Kazakhstan
kazakhstani:Kazakhstan kenyan:Kenya kosovan:Kosovo kosovar:Kosovo kuwaiti:Kuwait kyrgyz:Kyrgyzstan lao:Laos
laotian:Laos latvian:Latvia lebanese:Lebanon liberian:Liberia libyan:Libya lithuanian:Lithuania
luxembourgish:Luxembourg malagasy:Madagascar malawian:Malawi malaysian:Malaysia
maldivian:Maldives malian:Mali maltese:Malta mauritanian:Mauritania mauritian:Mauritius mexican:Mexico
moldovan:Moldova monegasque:Monaco mongolian:Mongolia montenegrin:Montenegro moroccan:Morocco mozambican:Mozambique
namibian:Namibia nepalese:Nepal nepali:Nepal nicaraguan:Nicaragua nigerian:Nigeria nigerien:Niger
norwegian:Norway omani:Oman pakistani:Pakistan palestinian:Palestine panamanian:Panama paraguayan:Paraguay
peruvian:Peru polish:Poland portuguese:Portugal qatari:Qatar romanian:Romania russian:Russia rwandan:Rwanda
salvadoran:El Salvador samoan:Samoa saudi:Saudi Arabia senegalese:Senegal serbian:Serbia singaporean:Singapore
slovak:Slovakia slovenian:Slovenia somali:Somalia somalian:Somalia spanish:Spain sudanese:Sudan surinamese:Suriname
swedish:Sweden swiss:Switzerland syrian:Syria taiwanese:Taiwan tajik:Tajikistan tanzanian:Tanzania thai:Thailand
togolese:Togo tongan:Tonga tunisian:Tunisia turkish:Turkey turkmen:Turkmenistan ugandan:Uganda ukrainian:Ukraine
uruguayan:Uruguay uzbek:Uzbekistan venezuelan:Venezuela vietnamese:Vietnam yemeni:Yemen zambian:Zambia
zimbabwean:Zimbabwe american:United States
`;

const COUNTRY_OF = new Map(
  TABLE.trim()
    .split(/\s+(?=[a-z]+:)/u)
    .map((entry) => entry.split(':') as [string, string]),
);

/** The country a people's adjective (lower case) derives from: "danish" → "Denmark"; undefined for any other word. */
export function countryOfDemonym(lower: string): string | undefined {
  return COUNTRY_OF.get(lower);
}
