/// A currency as money mentions name it: by symbol (`$`, `£`), code (`USD`,
/// `rmb`) or name (`dollars`, `finnish markka`), with the unit written out:
/// the ISO 4217 code where the words settle it, else the unit's own name.
struct Currency: Sendable {
    /// ISO 4217 code, or the unit's name when it has none (`cent`, `franc`).
    let unit: String
    let names: [String]
    let codes: [String]
    /// The name alone is an ordinary English word (`won`, `real`): only a money name after a qualifier.
    let needsQualifier: Bool
    /// Qualifier phrases (lowercased, one space) that settle the code: `canadian` -> CAD.
    let byQualifier: [String: String]
    /// How many of its minor unit make one (`dollars and 45 cents`, `15 dollars 50`).
    let minorRatio: Double

    init(_ unit: String, names: [String], codes: [String] = [], needsQualifier: Bool = false,
         byQualifier: [String: String] = [:], minor: Double = 0) {
        self.unit = unit; self.names = names; self.codes = codes; self.needsQualifier = needsQualifier
        self.byQualifier = byQualifier; self.minorRatio = minor
    }

    /// Minor units: a number of them is worth `value` of the major unit before it.
    var isMinor: Bool { Currency.minorValue[unit] != nil }
    static let minorValue: [String: Double] = ["cent": 0.01, "pence": 0.01, "sen": 0.01, "kopek": 0.01, "paisa": 0.01,
                                               "centavo": 0.01, "mao": 0.1, "fen": 0.01, "satoshi": 1e-8]

    static let all: [Currency] = [
        Currency("USD", names: ["dollar", "dollars", "buck", "bucks"], codes: ["usd"],
                 byQualifier: ["us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD",
                               "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "new taiwan": "TWD", "nt": "TWD",
                               "jamaican": "JMD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "namibian": "NAD",
                               "liberian": "LRD", "fijian": "FJD", "bahamian": "BSD", "barbadian": "BBD"], minor: 100),
        Currency("EUR", names: ["euro", "euros"], codes: ["eur"], minor: 100),
        Currency("GBP", names: ["pound", "pounds", "quid"], codes: ["gbp"],
                 byQualifier: ["british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP",
                               "sudanese": "SDG"], minor: 100),
        Currency("GBP", names: ["sterling"]),
        Currency("JPY", names: ["yen"], codes: ["jpy"], byQualifier: ["japanese": "JPY"]),
        Currency("CNY", names: ["yuan", "renminbi", "kuai"], codes: ["cny", "rmb"], byQualifier: ["chinese": "CNY"], minor: 10),
        Currency("CHF", names: ["franc", "francs"], codes: ["chf", "sfr"],
                 byQualifier: ["swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF", "congolese": "CDF",
                               "rwandan": "RWF", "guinean": "GNF"]),
        Currency("CAD", names: [], codes: ["cad"]),
        Currency("AUD", names: [], codes: ["aud"]),
        Currency("NZD", names: [], codes: ["nzd"]),
        Currency("HKD", names: [], codes: ["hkd"]),
        Currency("SGD", names: [], codes: ["sgd"]),
        Currency("TWD", names: [], codes: ["twd"]),
        Currency("MXN", names: ["peso", "pesos"], codes: ["mxn"],
                 byQualifier: ["mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "argentinian": "ARS",
                               "chilean": "CLP", "colombian": "COP", "cuban": "CUP", "uruguayan": "UYU",
                               "dominican": "DOP"], minor: 100),
        Currency("INR", names: ["rupee", "rupees"], codes: ["inr", "rs"],
                 byQualifier: ["indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
                               "nepali": "NPR", "mauritian": "MUR"], minor: 100),
        Currency("PKR", names: [], codes: ["pkr"]),
        Currency("RUB", names: ["ruble", "rubles", "rouble", "roubles"], codes: ["rub"],
                 byQualifier: ["russian": "RUB", "belarusian": "BYN"], minor: 100),
        Currency("TRY", names: ["lira", "liras", "lire"], codes: ["try"],
                 byQualifier: ["turkish": "TRY", "italian": "ITL", "maltese": "MTL"]),
        Currency("FIM", names: ["markka", "markkaa"], byQualifier: ["finnish": "FIM"]),
        Currency("DEM", names: ["mark", "marks", "deutschmark", "deutschmarks", "deutschemark", "deutschemarks"], codes: ["dem", "dm"],
                 needsQualifier: true,
                 byQualifier: ["german": "DEM", "deutsche": "DEM", "west german": "DEM", "east german": "DDM"]),
        Currency("ESP", names: ["peseta", "pesetas"]),
        Currency("NLG", names: ["guilder", "guilders"], byQualifier: ["dutch": "NLG", "antillean": "ANG"]),
        Currency("GRD", names: ["drachma", "drachmas", "drachmae"]),
        Currency("PTE", names: ["escudo", "escudos"]),
        Currency("ATS", names: ["schilling", "schillings"]),
        Currency("XEU", names: ["ecu", "ecus"]),
        Currency("BRL", names: ["real", "reais"], codes: ["brl"], needsQualifier: true, byQualifier: ["brazilian": "BRL"]),
        Currency("ZAR", names: ["rand"], codes: ["zar"], byQualifier: ["south african": "ZAR"]),
        Currency("KRW", names: ["won"], codes: ["krw"], needsQualifier: true,
                 byQualifier: ["korean": "KRW", "south korean": "KRW", "north korean": "KPW"]),
        Currency("SEK", names: ["krona", "kronor"], codes: ["sek"], byQualifier: ["swedish": "SEK", "icelandic": "ISK"]),
        Currency("NOK", names: ["krone", "kroner"], codes: ["nok"], byQualifier: ["norwegian": "NOK", "danish": "DKK"]),
        Currency("DKK", names: [], codes: ["dkk"]),
        Currency("PLN", names: ["zloty", "zlotys", "zlotych"], codes: ["pln"]),
        Currency("HUF", names: ["forint", "forints"], codes: ["huf"]),
        Currency("CZK", names: ["koruna", "korunas"], codes: ["czk"]),
        Currency("ILS", names: ["shekel", "shekels", "sheqel", "sheqels"], codes: ["ils"]),
        Currency("SAR", names: ["riyal", "riyals"], codes: ["sar"], byQualifier: ["saudi": "SAR", "qatari": "QAR"]),
        Currency("IRR", names: ["rial", "rials"], codes: ["irr"], byQualifier: ["iranian": "IRR", "omani": "OMR", "yemeni": "YER"]),
        Currency("AED", names: ["dirham", "dirhams"], codes: ["aed"], byQualifier: ["emirati": "AED", "moroccan": "MAD"]),
        Currency("dinar", names: ["dinar", "dinars"],
                 byQualifier: ["iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "serbian": "RSD", "libyan": "LYD",
                               "tunisian": "TND", "algerian": "DZD", "bahraini": "BHD"]),
        Currency("THB", names: ["baht"], codes: ["thb"]),
        Currency("MYR", names: ["ringgit", "ringgits"], codes: ["myr"]),
        Currency("IDR", names: ["rupiah", "rupiahs"], codes: ["idr"]),
        Currency("VND", names: ["dong"], codes: ["vnd"], needsQualifier: true, byQualifier: ["vietnamese": "VND"]),
        Currency("UAH", names: ["hryvnia", "hryvnias", "hryvnas"], codes: ["uah"]),
        Currency("NGN", names: ["naira"], codes: ["ngn"]),
        Currency("GHS", names: ["cedi", "cedis"], codes: ["ghs"]),
        Currency("KES", names: ["shilling", "shillings"], codes: ["kes"],
                 byQualifier: ["kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "austrian": "ATS"]),
        Currency("EGP", names: [], codes: ["egp"]),
        Currency("CRC", names: ["colon", "colons", "colones"], needsQualifier: true, byQualifier: ["costa rican": "CRC"]),
        Currency("LAK", names: ["kip"], byQualifier: ["lao": "LAK", "laotian": "LAK"]),
        Currency("BTC", names: ["bitcoin", "bitcoins"], codes: ["btc", "xbt"]),
        Currency("ETH", names: ["ether"], codes: ["eth"], needsQualifier: true),
        Currency("cent", names: ["cent", "cents"]),
        Currency("pence", names: ["penny", "pence", "pennies"]),
        Currency("sen", names: ["sen"]),
        Currency("kopek", names: ["kopek", "kopeks", "kopeck", "kopecks", "kopeyka", "kopeyki"]),
        Currency("paisa", names: ["paisa", "paise"]),
        Currency("centavo", names: ["centavo", "centavos"]),
        Currency("mao", names: ["mao", "jiao"], minor: 10),
        Currency("fen", names: ["fen"]),
        Currency("satoshi", names: ["satoshi", "satoshis"]),
    ]

    /// Lengths of the codes also written in mixed case (`Rs`, `SFr`).
    static let mixedCaseCodes: Set<Int> = [2, 3]

    static let qualifierWords: [String] = {
        var words = Set<String>()
        for c in all { for q in c.byQualifier.keys { for w in q.split(separator: " ") { words.insert(String(w)) } } }
        return words.sorted()
    }()

    /// The currency of a symbol written before or after an amount.
    static func symbol(_ c: Unicode.Scalar) -> String? {
        switch c.value {
        case 0x24: return "USD"      // $
        case 0xA3: return "GBP"      // £
        case 0x20AC: return "EUR"    // €
        case 0xA5: return "JPY"      // ¥
        case 0x20B9: return "INR"    // ₹
        case 0x20BD: return "RUB"    // ₽
        case 0x20A9: return "KRW"    // ₩
        case 0x20AA: return "ILS"    // ₪
        case 0x20AB: return "VND"    // ₫
        case 0x20A1: return "CRC"    // ₡
        case 0x20AD: return "LAK"    // ₭
        case 0x20A6: return "NGN"    // ₦
        case 0x20B1: return "PHP"    // ₱
        case 0x20B4: return "UAH"    // ₴
        case 0x20BA: return "TRY"    // ₺
        case 0x20BF: return "BTC"    // ₿
        case 0x0E3F: return "THB"    // ฿
        case 0x20B2: return "PYG"    // ₲
        case 0x20B5: return "GHS"    // ₵
        case 0x20B8: return "KZT"    // ₸
        case 0x20BC: return "AZN"    // ₼
        case 0x20BE: return "GEL"    // ₾
        case 0xA2: return "cent"     // ¢
        default: return nil
        }
    }

    /// Letters written before `$` that say which dollar (or peso) it is: `C$`, `HK$`, `Mex$`.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD",
        "hk": "HKD", "s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN", "mx": "MXN", "z": "ZWL",
        "j": "JMD", "ar": "ARS",
    ]
}
