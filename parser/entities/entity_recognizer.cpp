#include "parser/entities/entity_recognizer.h"

#include "parser/entities/entity_lexicons.h"
#include "parser/entities/person_name.h"
#include "parser/entities/recognizer_state.h"
#include "parser/time/time_expression.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

// Words that join the parts of an organisation's name; a chunk is cut at them unless
// the whole chunk is one body.
bool isConnector(const Token& t) {
    return t.kind == TokenKind::Word &&
           (t.text == "of" || t.text == "and" || t.text == "for" || t.text == "on");
}

bool isNameToken(const Token& t) {
    if (t.kind != TokenKind::Word) return false;
    if (t.capitalised() || t.allCaps()) return true;
    // "news agency dpa": a known body whose name is written in lower case.
    constexpr std::size_t kShortName = 4;
    if (t.text.size() <= kShortName && EntityLexicons::get().knownOrg(std::string(t.text))) return true;
    // "al-Burhan", "el-Sisi": a lower-case article glued to a capitalised name.
    const std::size_t hyphen = t.text.find('-');
    return hyphen != std::string_view::npos && hyphen <= 3 && hyphen + 1 < t.text.size() &&
           t.text[hyphen + 1] >= 'A' && t.text[hyphen + 1] <= 'Z';
}

// Weekdays and months: "the Committee on Tuesday" ends the name at "on".
bool isCalendarWord(std::string_view w) {
    // Month names written out only: "Mar" in "Viña del Mar" is a name, not March.
    const std::string lower = foldCase(w);
    return isWeekday(lower) || isMonthName(lower);
}

// "Doctors' Union": the apostrophe of a plural possessive inside a name.
bool isInnerApostrophe(const Token& before, const Token& t, const Token& after) {
    return t.kind == TokenKind::Punct && (t.text == "'" || t.text == "\u2019") &&
           before.span.end == t.span.begin && before.text.ends_with("s") && isNameToken(after);
}

}  // namespace

void RecognizerState::scanSentence(const Sentence& sentence, bool heading) {
    heading_ = heading;
    const auto& tokens = layer_.tokens();
    sentenceBegin_ = sentence.firstToken;
    sentenceEnd_ = sentence.endToken;
    // A list item or a quotation opens with a mark: its first word starts the sentence.
    while (sentenceBegin_ + 1 < sentenceEnd_ && tokens[sentenceBegin_].kind == TokenKind::Punct) {
        ++sentenceBegin_;
    }
    // A line in capitals ("KEY FIGURES", "SITUATION OVERVIEW") is a section heading: its
    // words are no acronyms.
    std::size_t words = 0;
    std::size_t capitals = 0;
    for (std::size_t t = sentenceBegin_; t < sentenceEnd_; ++t) {
        if (tokens[t].kind != TokenKind::Word) continue;
        ++words;
        capitals += tokens[t].allCaps() ? 1 : 0;
    }
    if (words >= 2 && capitals == words) return;
    // A line of one word in capitals that no list knows ("DISPLACEMENT", "FUNDING") is a
    // section heading too.
    if (words == 1 && capitals == 1) {
        for (std::size_t t = sentenceBegin_; t < sentenceEnd_; ++t) {
            const Token& w = tokens[t];
            if (w.kind == TokenKind::Word && w.text.size() >= 4 &&
                !lexicons_.knownOrg(std::string(w.text)) && !lexicons_.gazetteer.find(w.text)) {
                return;
            }
        }
    }
    std::size_t k = sentence.firstToken;
    // Words in capitals that no list knows and that stand in a run of two or more ("KEY
    // FIGURES", "EVENING BULLETIN") or label a speaker or section ("PRESENTER:",
    // "[19:00] PRESENTER (Name):") are headings, not acronyms.
    auto shouted = [&](std::size_t t) {
        const Token& w = tokens[t];
        return w.kind == TokenKind::Word && w.allCaps() && w.text.size() >= 3 &&
               !lexicons_.knownOrg(std::string(w.text)) && !lexicons_.gazetteer.find(w.text);
    };
    shouted_.assign(sentenceEnd_ - sentenceBegin_, false);
    for (std::size_t t = sentenceBegin_; t < sentenceEnd_; ++t) {
        if (!shouted(t)) continue;
        const bool run = (t + 1 < sentenceEnd_ && shouted(t + 1)) ||
                         (t > sentenceBegin_ && shouted(t - 1));
        std::size_t first = sentenceBegin_;
        while (first < t && tokens[first].kind != TokenKind::Word) ++first;
        const bool label = first == t && t + 1 < sentenceEnd_ &&
                           (tokens[t + 1].isPunct(":") || tokens[t + 1].isPunct("("));
        if (run || label) shouted_[t - sentenceBegin_] = true;
    }
    if (layer_.paragraphOf(sentence).firstSentence ==
        static_cast<std::size_t>(&sentence - layer_.sentences().data())) {
        const std::size_t opening = k;
        k = skipDateline(k);
        resumeAt_ = 0;
        // "AMMAN - The Ministry of ...": the article that starts the sentence again after a
        // dateline's dash is no part of the name after it.
        for (std::size_t d = k; k > opening && d < sentenceEnd_ && d < k + 12; ++d) {
            if (tokens[d].isPunct("-") || tokens[d].isPunct("\u2014") || tokens[d].isPunct("\u2013")) {
                if (d + 1 < sentenceEnd_ && tokens[d + 1].text == "The") k = d + 2;
                break;
            }
        }
    }
    while (k < sentence.endToken) {
        const Token& t = tokens[k];
        // "16:40 CAT", "0952 GMT", "9 a.m. EST": a time zone after a clock time is no
        // acronym. In a live blog the entry's headline follows: a new sentence start.
        if (t.kind == TokenKind::Word && t.allCaps() && k > sentenceBegin_ &&
            lexicons_.timeZones.contains(t.text) &&
            (tokens[k - 1].kind == TokenKind::Number || tokens[k - 1].text == "a.m." ||
             tokens[k - 1].text == "p.m.")) {
            ++k;
            if (k < sentenceEnd_ && tokens[k].kind == TokenKind::Word) sentenceBegin_ = k;
            continue;
        }
        // "US$2.4 million", "HK$300": a currency's prefix is no place.
        if (t.kind == TokenKind::Word && k + 1 < sentenceEnd_ && tokens[k + 1].text == "$" &&
            tokens[k + 1].span.begin == t.span.end) {
            ++k;
            continue;
        }
        // "the KM Example 7", "MV Example": a ship's name is no entity.
        const std::size_t v = t.text == "The" ? k + 1 : k;
        if (v + 1 < sentenceEnd_ && tokens[v].kind == TokenKind::Word && tokens[v].allCaps() &&
            lexicons_.vesselPrefixes.contains(tokens[v].text) && isNameToken(tokens[v + 1]) &&
            !tokens[v + 1].allCaps()) {
            k = chunkEnd(v + 1);
            while (k < sentenceEnd_ && tokens[k].kind == TokenKind::Number) ++k;
            continue;
        }
        // "the country's health ministry", "the territory's civil defence agency".
        if (t.kind == TokenKind::Word && !t.capitalised() && (t.text == "country" || t.text == "territory") &&
            k + 1 < sentenceEnd_ && tokens[k + 1].kind == TokenKind::Possessive) {
            afterPossessive(k, k + 2, lastCountry_);
            k += 2;
            continue;
        }
        if (!isNameToken(t) ||
            (k >= sentenceBegin_ && k - sentenceBegin_ < shouted_.size() && shouted_[k - sentenceBegin_])) {
            ++k;
            continue;
        }
        const std::size_t j = chunkEnd(k);
        scanChunk(k, j);
        k = std::max(j, resumeAt_);
        resumeAt_ = 0;
    }
}

std::size_t RecognizerState::skipDateline(std::size_t begin) {
    // "NEW DELHI —", "ATHENS, Greece, Aug. 12 (Reuters) -": capitals opening a paragraph
    // before a dash, comma or bracket name the place of filing, not an acronym.
    const auto& tokens = layer_.tokens();
    std::size_t end = begin;
    while (end < sentenceEnd_ && tokens[end].kind == TokenKind::Word && tokens[end].allCaps()) {
        ++end;
    }
    if (end == begin || end >= sentenceEnd_) return begin;
    const std::string_view next = tokens[end].text;
    const bool dateline =
        next == "," || next == "(" || next == "-" || next == "\u2014" || next == "\u2013";
    if (!dateline || (end - begin == 1 && tokens[begin].text.size() < 4)) return begin;
    std::string name;
    for (std::size_t k = begin; k < end; ++k) {
        if (!name.empty()) name += ' ';
        std::string word(tokens[k].text);
        for (std::size_t i = 1; i < word.size(); ++i) {
            if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] != '-') word[i] += 'a' - 'A';
        }
        name += word;
    }
    const PlaceEntry* place = lexicons_.gazetteer.find(name);
    if (place) {
        addPlace(*place, begin, end);
        return std::max(end, resumeAt_);
    }
    // A town the gazetteer does not know: only where the article opens, with the dateline's
    // shape around it ("TOWN -", "TOWN, Region -", "TOWN, Country (Wire) -"), and never a
    // well-known body's acronym. "UNICEF, which ...": an acronym after all.
    if (!openingParagraph(begin) || lexicons_.knownOrg(textOf(begin, end))) return begin;
    bool shape = next != ",";
    for (std::size_t k = end + 1; !shape && k < sentenceEnd_ && k < end + 8; ++k) {
        const Token& t = tokens[k];
        if (t.isPunct("-") || t.isPunct("\u2014") || t.isPunct("\u2013") || t.isPunct("(")) {
            shape = k > end + 1;
            break;
        }
        if (t.kind == TokenKind::Word && !t.capitalised() && !t.allCaps()) break;
    }
    if (!shape) return begin;
    addPlace(PlaceEntry{name, "", PlaceKind::City, 0}, begin, end);
    return std::max(end, resumeAt_);
}

bool RecognizerState::openingParagraph(std::size_t token) const {
    for (const Paragraph& p : layer_.paragraphs()) {
        if (p.kind != ParagraphKind::Body || p.firstSentence == p.endSentence) continue;
        const Sentence& first = layer_.sentences()[p.firstSentence];
        return token >= first.firstToken && token < first.endToken;
    }
    return false;
}

// Whether a name goes on across "in" at token `in`: after a diplomatic mission's head
// ("Embassy in Kuwait"), or when the words after it close with a defined acronym
// ("... Human Rights in Ituri (ADHI)").
bool RecognizerState::nameGoesOnIn(std::size_t in) const {
    const auto& tokens = layer_.tokens();
    static const char* const kMissions[] = {"Embassy", "Consulate", "Mission"};
    for (const char* head : kMissions) {
        if (tokens[in - 1].text == head) return true;
    }
    std::size_t k = in + 1;
    while (k < sentenceEnd_ && isNameToken(tokens[k]) && !tokens[k].allCaps()) ++k;
    return k + 2 < sentenceEnd_ && k > in + 1 && tokens[k].isPunct("(") && tokens[k + 1].allCaps() &&
           tokens[k + 2].isPunct(")");
}

std::size_t RecognizerState::portfolioListEnd(std::size_t begin, std::size_t comma) const {
    const auto& tokens = layer_.tokens();
    // The chunk so far is a body's head and "of" and a name ("Ministry of Land").
    bool headOf = false;
    for (std::size_t k = begin; k + 1 < comma; ++k) {
        headOf = headOf || (lexicons_.orgHeads.contains(tokens[k].text) && tokens[k + 1].text == "of");
    }
    if (!headOf) return comma;
    // Then ", Name", ..., then "and Name" (", and Name"), all within a few words.
    std::size_t k = comma;
    for (int items = 0; items < 4 && k < sentenceEnd_ && tokens[k].isPunct(","); ++items) {
        std::size_t next = k + 1;
        const bool last = next < sentenceEnd_ && tokens[next].text == "and";
        if (last) ++next;
        if (next >= sentenceEnd_ || !isNameToken(tokens[next]) || tokens[next].allCaps()) return comma;
        while (next < sentenceEnd_ && isNameToken(tokens[next])) ++next;
        if (last) return next;
        if (next + 1 < sentenceEnd_ && tokens[next].text == "and" && isNameToken(tokens[next + 1])) {
            ++next;
            while (next < sentenceEnd_ && isNameToken(tokens[next])) ++next;
            return next;
        }
        k = next;
    }
    return comma;
}

std::size_t RecognizerState::chunkEnd(std::size_t begin) const {
    const auto& tokens = layer_.tokens();
    std::size_t j = begin + 1;
    while (j < sentenceEnd_) {
        if (isNameToken(tokens[j])) {
            ++j;
        } else if ((isConnector(tokens[j]) || isNameParticle(tokens[j].text)) &&
                   j + 1 < sentenceEnd_ && isNameToken(tokens[j + 1]) &&
                   !isCalendarWord(tokens[j + 1].text)) {
            j += 1;
        } else if (j + 1 < sentenceEnd_ &&
                   isInnerApostrophe(tokens[j - 1], tokens[j], tokens[j + 1])) {
            j += 1;
        } else if (j + 1 < sentenceEnd_ && tokens[j].isPunct(".") &&
                   tokens[j - 1].text.size() == 1 && tokens[j - 1].capitalised() &&
                   isNameToken(tokens[j + 1]) && !tokens[j + 1].allCaps()) {
            j += 1;  // an initial: "George W. Bush"
        } else if (isConnector(tokens[j]) && tokens[j].text != "and" && j + 2 < sentenceEnd_ &&
                   tokens[j + 1].text == "the" && isNameToken(tokens[j + 2])) {
            j += 2;
        } else if (tokens[j].kind == TokenKind::Possessive && j + 1 < sentenceEnd_ &&
                   isNameToken(tokens[j + 1]) && !tokens[j + 1].allCaps() &&
                   lexicons_.orgHeads.contains(tokens[j + 1].text) && j > begin &&
                   !lexicons_.gazetteer.find(textOf(begin, j))) {
            j += 1;  // "the County Sheriff's Office": a possessive inside a body's name
        } else if (tokens[j].text == "in" && j + 1 < sentenceEnd_ && isNameToken(tokens[j + 1]) &&
                   nameGoesOnIn(j)) {
            j += 1;  // "Indian Embassy in Kuwait", "Human Rights in Ituri (ADHI)"
        } else if (tokens[j].isPunct(",") && portfolioListEnd(begin, j) > j) {
            j = portfolioListEnd(begin, j);
        } else {
            break;
        }
    }
    return j;
}

void RecognizerState::scanChunk(std::size_t begin, std::size_t end) {
    if (classifyKnownOrganisation(begin, end)) return;  // "Doctors Without Borders"
    const auto& tokens = layer_.tokens();
    // "The Norway-based NGO Iran Human Rights": the compound adjective, and a common noun
    // after it, are no part of the name.
    std::size_t first = begin;
    if (end - first > 1 && (tokens[first].text == "The" || tokens[first].text == "A" ||
                            tokens[first].text == "An")) {
        ++first;
    }
    if (end - first > 1 && isCompoundAdjective(tokens[first].text)) {
        std::size_t name = first + 1;
        while (name < end && lexicons_.notNames.contains(tokens[name].text)) ++name;
        if (name < end) scanChunk(name, end);
        return;
    }
    // "told The Times", "in The Moscow Times": a capital "The" inside a sentence opens the
    // name of a title or an outlet, unless the rest is a place ("The Hague").
    if (tokens[begin].text == "The" && end - begin == 2 && referBack(begin + 1)) return;
    // "In Rio Grande do Sul, ...": a capitalised word that names nothing, then a place.
    if (end - begin >= 3 && lexicons_.notNames.contains(tokens[begin].text) && classifyPlace(begin + 1, end)) {
        return;
    }
    if (tokens[begin].text == "The" && end - begin >= 2 && classifyPlace(begin, end)) return;
    // ... but "Wire - The Libyan city of Derna": a demonym after "The" names no title.
    // ('"The Railways said ...' opens a quotation: a sentence's start, no title.)
    const bool opensQuote = begin > sentenceBegin_ && tokens[begin - 1].kind == TokenKind::Punct &&
                            (tokens[begin - 1].text == "\"" || tokens[begin - 1].text == "\u201c");
    if (tokens[begin].text == "The" && begin > sentenceBegin_ && !opensQuote && end - begin >= 2 &&
        !lexicons_.gazetteer.find(textOf(begin, end)) &&
        !lexicons_.gazetteer.find(textOf(begin + 1, end)) &&
        !lexicons_.gazetteer.demonym(textOf(begin + 1, end))) {
        addAgency(begin, end, {});
        resumeAt_ = std::max(resumeAt_, end);
        return;
    }
    // The whole chunk, connectors included, may be one place ("Bosnia and Herzegovina"),
    // one body ("Joint Chiefs of Staff") or a title with its portfolio; but not when an
    // "and" joins two names that each end in a body's head word ("Farwaniya Hospital and
    // Adan Hospital", "the State Disaster Management Authority and the Municipal
    // Corporation"): those are two bodies, cut at the "and" below.
    // ("Balasore Medical College and Hospital" is one: nothing but a head after "and".)
    // "Ali Hassan of the Red Cross said": a person's name, then the body they are of.
    for (std::size_t k = begin + 2; k + 2 < end && k <= begin + 3; ++k) {
        if (tokens[k].text != "of") continue;
        const std::size_t body = tokens[k + 1].text == "the" ? k + 2 : k + 1;
        bool person = tokens[begin].text != "The";
        for (std::size_t j = begin; j < k; ++j) {
            person = person && tokens[j].capitalised() && !tokens[j].allCaps() &&
                     !lexicons_.orgHeads.contains(tokens[j].text) &&
                     !lexicons_.titles.contains(foldCase(std::string(tokens[j].text))) &&
                     !lexicons_.placeHeads.contains(foldCase(std::string(tokens[j].text)));
        }
        bool bodyHead = lexicons_.knownOrg(textOf(body, end));
        for (std::size_t j = body; j < end; ++j) bodyHead = bodyHead || lexicons_.orgHeads.contains(tokens[j].text);
        if (person && !lexicons_.gazetteer.find(textOf(begin, k)) && body < end && bodyHead) {
            classifyPart(begin, k);
            if (!classifyKnownOrganisation(body, end)) classifyOrganisation(body, end);
            return;
        }
    }
    bool twoBodies = false;
    for (std::size_t k = begin + 1; k + 1 < end; ++k) {
        if (tokens[k].text != "and" || !lexicons_.orgHeads.contains(tokens[k - 1].text) ||
            !lexicons_.orgHeads.contains(tokens[end - 1].text)) {
            continue;
        }
        for (std::size_t j = k + 1; j + 1 < end; ++j) {
            twoBodies = twoBodies || !lexicons_.orgHeads.contains(tokens[j].text);
        }
    }
    if (end - begin > 2 && !twoBodies &&
        (classifyPlace(begin, end) || classifyTitleOf(begin, end) || classifyOrganisation(begin, end))) {
        return;
    }
    std::size_t part = begin;
    for (std::size_t k = begin; k <= end; ++k) {
        const bool cut = k == end || isConnector(tokens[k]) || tokens[k].text == "the" ||
                         lexicons_.notNames.contains(tokens[k].text);
        if (!cut) continue;
        if (k > part) classifyPart(part, k);
        part = k + 1;
        // "Chief of Mission for the International Organization for Migration": after "of
        // the" or "for the", the rest may be one body or place, its own connectors included.
        if (k < end && tokens[k].text == "the" && k > begin && isConnector(tokens[k - 1]) &&
            end - part > 2 &&
            (classifyPlace(part, end) || classifyOrganisation(part, end))) {
            return;
        }
    }
}

std::vector<EntityFact> recognizeEntities(const TextLayer& layer) {
    RecognizerState state(layer, EntityLexicons::get());
    for (const auto& sentence : layer.sentences()) {
        if (layer.paragraphOf(sentence).kind == ParagraphKind::Body) {
            state.scanSentence(sentence, false);
        }
    }
    for (const auto& sentence : layer.sentences()) {
        if (layer.paragraphOf(sentence).kind == ParagraphKind::Heading) {
            state.scanSentence(sentence, true);
        }
    }
    return state.finish();
}

}  // namespace newsgraph::parser
