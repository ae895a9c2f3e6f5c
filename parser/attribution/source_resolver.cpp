#include "parser/attribution/source_resolver.h"

#include <algorithm>
#include <sstream>

#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

// A role in lower case with its abbreviated titles written out ("Gov." -> "governor"), so
// that "the governor" finds the person whose role is "Gov.".
std::string fullRole(const std::string& role) {
    const CueTable& abbreviations = CueTable::get("title_abbreviations");
    std::istringstream words(foldCase(role));
    std::string out;
    for (std::string word; words >> word;) {
        const auto full = abbreviations.labelOf(word);
        out += (out.empty() ? "" : " ") + (full ? *full : word);
    }
    return out;
}

// How far back a pronoun or a description looks for its entity, in sentences.
constexpr std::size_t kPronounReach = 6;
// How far back a pronoun looks among mere mentions (not sources), in sentences.
constexpr std::size_t kMentionReach = 2;
// How far ahead a description looks when nothing before fits ("a state-funded body said
// ... The Example Commission ..."), in sentences.
constexpr std::size_t kCataphoraReach = 2;

// Words of a name, lower case, dots dropped ("U.N." -> "un"), function words dropped.
std::set<std::string> nameWords(const std::string& text) {
    static const std::set<std::string> kFunction = {"the", "a", "an", "'s", "of", "and", "s",
                                                    "for", "on", "in"};
    std::string folded;
    for (char c : foldCase(foldTypography(text))) {
        if (c == '.') continue;
        folded += (c == '\'' || c == ',' || c == '(' || c == ')' || c == '-') ? ' ' : c;
    }
    std::set<std::string> out;
    std::istringstream in(folded);
    for (std::string w; in >> w;) {
        if (!kFunction.count(w)) out.insert(w);
    }
    return out;
}

// A surface form for prefix comparison: lower case, dots dropped.
std::string plain(const std::string& text) {
    std::string out;
    for (char c : foldCase(foldTypography(text))) {
        if (c != '.') out += c;
    }
    return out;
}

bool isReporterKind(const EntityFact& e) {
    return e.kind == NodeKind::Actor || e.kind == NodeKind::Agency;
}

}  // namespace

SourceResolver::SourceResolver(const std::vector<EntityFact>& entities,
                               std::set<std::size_t> sources,
                               std::vector<std::uint32_t> sentenceStarts)
    : entities_(entities), sources_(std::move(sources)), sentenceStarts_(std::move(sentenceStarts)) {
    nameWords_.resize(entities.size());
    for (std::size_t e = 0; e < entities.size(); ++e) {
        nameWords_[e] = nameWords(entities[e].name);
        roles_.push_back(fullRole(entities[e].role));
        genders_.push_back(genderOf(entities[e]));
        for (const auto& alias : entities[e].aliases) {
            auto more = nameWords(alias);
            nameWords_[e].insert(more.begin(), more.end());
        }
        if (!isReporterKind(entities[e])) continue;
        for (const Span& span : entities[e].mentions) {
            mentions_.push_back({span.begin, sentenceAt(span.begin), e});
        }
    }
    std::sort(mentions_.begin(), mentions_.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

std::size_t SourceResolver::sentenceAt(std::uint32_t byte) const {
    auto it = std::upper_bound(sentenceStarts_.begin(), sentenceStarts_.end(), byte);
    return it == sentenceStarts_.begin() ? 0 : static_cast<std::size_t>(it - sentenceStarts_.begin() - 1);
}

EntitySet SourceResolver::upgradeShortForms(const EntitySet& named, std::uint32_t at) const {
    EntitySet out;
    for (std::size_t e : named) {
        std::size_t chosen = e;
        if (entities_[e].kind == NodeKind::Agency) {
            std::vector<std::string> shortForms = {plain(entities_[e].name)};
            for (const auto& alias : entities_[e].aliases) shortForms.push_back(plain(alias));
            std::size_t found = e;
            int matches = 0;
            for (std::size_t f : sources_) {
                if (f == e || entities_[f].kind != NodeKind::Agency) continue;
                std::vector<std::string> longForms = {plain(entities_[f].name)};
                for (const auto& alias : entities_[f].aliases) longForms.push_back(plain(alias));
                bool opens = false;
                for (const auto& s : shortForms) {
                    // One word opens the names of many bodies under it ("UN" -> "UN
                    // Refugee Agency"): it is their short form only once the body is named
                    // ("the UN refugee agency UNHCR", "the U.N. said" after the UN Human
                    // Rights Office), not before ("according to the United Nations" in a
                    // lead that names the refugee agency later).
                    const bool introduced =
                        std::find(named.begin(), named.end(), f) != named.end() ||
                        std::any_of(entities_[f].mentions.begin(), entities_[f].mentions.end(),
                                    [&](const Span& m) { return m.end <= at; });
                    if (s.find(' ') == std::string::npos && !introduced) continue;
                    for (const auto& l : longForms) {
                        opens = opens || (l.size() > s.size() + 1 && l.rfind(s + " ", 0) == 0);
                    }
                }
                if (opens) {
                    found = f;
                    ++matches;
                }
            }
            if (matches == 1) chosen = found;
        }
        if (std::find(out.begin(), out.end(), chosen) == out.end()) out.push_back(chosen);
    }
    return out;
}

long SourceResolver::latestSpeaker(bool person, std::uint32_t at, std::size_t sentence, Gender gender) const {
    const NodeKind kind = person ? NodeKind::Actor : NodeKind::Agency;
    // "She said" after Murashko and Golikova spoke: a person whose role or name says the
    // pronoun fits is preferred; one whose gender it contradicts is passed over.
    auto fits = [&](std::size_t e, bool sure) {
        if (entities_[e].kind != kind) return false;
        if (gender == Gender::Unknown) return true;
        const Gender g = genders_[e];
        return sure ? g == gender : g == Gender::Unknown || g == gender;
    };
    // A source named inside the sentence ('"... a report by the District Collector ...,"
    // he said') is what the speaker cites, not the speaker.
    // People are named less often than bodies: "he" reaches further back.
    const std::size_t reach = person ? kPronounReach : kMentionReach;
    // "Turkey's president X is expected to visit. He said ...": a pronoun opening its
    // sentence, after a sentence with no source, is the first person that sentence names.
    if (person && sentence > 0 && sentence < sentenceStarts_.size() && at <= sentenceStarts_[sentence] + 1) {
        const bool previousSpoke = std::any_of(spoken_.begin(), spoken_.end(), [&](const Mention& s) {
            return s.sentence + 1 == sentence;
        });
        if (!previousSpoke) {
            for (const Mention& m : mentions_) {
                if (m.sentence + 1 != sentence) continue;
                if (fits(m.entity, false)) return static_cast<long>(m.entity);
                break;
            }
        }
    }
    for (const bool sure : {true, false}) {
        if (sure && gender == Gender::Unknown) continue;
        for (auto it = spoken_.rbegin(); it != spoken_.rend(); ++it) {
            if (it->begin >= at || it->sentence + kPronounReach < sentence || it->sentence == sentence) continue;
            if (fits(it->entity, sure)) return static_cast<long>(it->entity);
        }
        for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
            if (it->begin >= at) continue;
            if (it->sentence + reach < sentence) break;
            if (fits(it->entity, sure)) return static_cast<long>(it->entity);
        }
    }
    return -1;
}

namespace {

// Whether a body's name words make it part of a state: ministries, armies, police.
bool namesStateBody(const std::set<std::string>& names) {
    static const std::set<std::string> kStateWords = {
        "ministry", "ministries", "department", "government", "army", "police", "forces",
        "military", "command", "parliament", "presidency", "cabinet"};
    for (const auto& w : names) {
        if (kStateWords.count(w)) return true;
    }
    return false;
}

bool namesHospital(const std::set<std::string>& names) {
    return std::any_of(names.begin(), names.end(), namesHospitalAs);
}

}  // namespace

bool namesHospitalAs(const std::string& word) {
    return word == "medical" || word == "infirmary" || word == "clinic";
}

EntitySet SourceResolver::describe(const SourcePhrase& phrase, std::uint32_t at,
                                   std::size_t sentence) const {
    if (phrase.plural) {
        // "South Korean lawmakers revealed ...": the people the article names as sources.
        EntitySet people;
        if (!phrase.person) return people;
        for (std::size_t e : sources_) {
            if (entities_[e].kind == NodeKind::Actor) people.push_back(e);
        }
        return people;
    }
    const NodeKind kind = phrase.person ? NodeKind::Actor : NodeKind::Agency;
    const auto label = CueTable::get("reporter_roles").labelOf(phrase.head);
    const bool namedHead = label && *label == "named agency";
    // "the aid group said", "the charity said", "the agency said": no ministry, army or
    // government (a ministry is "the ministry").
    static const std::set<std::string> kNonStateHeads = {"group", "charity", "watchdog",
                                                         "organisation", "organization", "agency"};
    const bool nonState = !phrase.person && kNonStateHeads.count(phrase.head) > 0;
    const Lexicon& portfolios = Lexicon::get("departments");
    struct Candidate {
        long entity = -1;
        int score = -1;
        std::uint32_t distance = 0;
    };
    // "a police spokesman", "an official": someone the article has not named; persons
    // described by a body ("a police spokesman") must have it in their role.
    // The possessor of "the city's security chief" is no part of the role.
    std::size_t firstModifier = 0;
    for (std::size_t k = 0; k < phrase.modifiers.size(); ++k) {
        if (phrase.modifiers[k] == "'s") firstModifier = k + 1;
    }
    std::vector<std::string> bodies;
    for (std::size_t k = firstModifier; k < phrase.modifiers.size(); ++k) {
        const auto label = CueTable::get("reporter_roles").labelOf(phrase.modifiers[k]);
        if (label && *label != "actor") bodies.push_back(phrase.modifiers[k]);
    }
    const bool office = phrase.person && Lexicon::get("titles").contains(phrase.head) &&
                        phrase.head.find("spokes") == std::string::npos;
    Candidate before, after;
    bool roleFits = false;  // some person's role has the head word
    for (std::size_t e = 0; e < entities_.size(); ++e) {
        const EntityFact& entity = entities_[e];
        if (entity.kind != kind || entity.mentions.empty()) continue;
        if (std::count(phrase.excluded.begin(), phrase.excluded.end(), e)) continue;
        const auto& names = nameWords_[e];
        if (namedHead && !names.count(phrase.head) && !(phrase.head == "hospital" && namesHospital(names))) continue;
        if (nonState && namesStateBody(names)) continue;
        // "the county health office" is no sheriff's office: a portfolio the
        // description names must be in the body's name (a person's: in the role); a possessor
        // ("the state's governor") names no portfolio.
        bool otherPortfolio = false;
        for (std::size_t k = firstModifier; k < phrase.modifiers.size(); ++k) {
            const std::string word = plain(phrase.modifiers[k]);
            const bool inRole = phrase.person && roles_[e].find(word) != std::string::npos;
            otherPortfolio = otherPortfolio || (portfolios.contains(word) && !names.count(word) && !inRole);
        }
        if (otherPortfolio) continue;
        // "Kentucky's governor" is not the emergency director: an office names none of
        // the people whose known role is another.
        if (office && !phrase.indefinite && !roles_[e].empty() && roles_[e].find(phrase.head) == std::string::npos) continue;
        int score = namedHead ? 1 : 0;
        for (const auto& m : phrase.modifiers) score += names.count(plain(m)) ? 1 : 0;
        if (phrase.person && roles_[e].find(phrase.head) != std::string::npos) {
            score += 3;
            roleFits = true;
        }
        if (phrase.person) {
            bool ofBody = true;
            for (const auto& b : bodies) ofBody = ofBody && roles_[e].find(b) != std::string::npos;
            if (!ofBody) continue;
        }
        if (sources_.count(e)) score += 1;
        // The one who spoke last goes on speaking ("the UN agency said" after "the IOM
        // said").
        if (!spoken_.empty() && spoken_.back().entity == e && spoken_.back().begin < at) score += 2;
        // "according to the city's security chief" in a lead, then "Security Chief Chris
        // Tang said" further down: a role that holds every word of the description
        // names its holder wherever the article names them.
        // So does an office alone ("Kentucky's governor", then "Gov. Andy Beshear").
        bool wholeRole = phrase.person && (firstModifier < phrase.modifiers.size() || office) &&
                         roles_[e].find(phrase.head) != std::string::npos;
        for (std::size_t k = firstModifier; k < phrase.modifiers.size(); ++k) {
            wholeRole = wholeRole && roles_[e].find(plain(phrase.modifiers[k])) != std::string::npos;
        }
        const std::size_t reach = wholeRole ? entities_.size() + sentenceStarts_.size() : kCataphoraReach;
        std::uint32_t nearestBefore = UINT32_MAX, firstAfter = UINT32_MAX;
        for (const Span& span : entity.mentions) {
            if (span.end <= at) {
                nearestBefore = std::min(nearestBefore, at - span.end);
            } else if (span.begin > at && sentenceAt(span.begin) <= sentence + reach) {
                firstAfter = std::min(firstAfter, span.begin - at);
            }
        }
        if (nearestBefore != UINT32_MAX &&
            (score > before.score || (score == before.score && nearestBefore < before.distance))) {
            before = {static_cast<long>(e), score, nearestBefore};
        }
        // Named only later: less likely than one named before.
        if (firstAfter != UINT32_MAX &&
            (score - 1 > after.score || (score - 1 == after.score && firstAfter < after.distance))) {
            after = {static_cast<long>(e), score - 1, firstAfter};
        }
    }
    // A person described by a role nobody holds ("the spokesperson") is the latest one
    // who spoke.
    // "a police spokesman", "a senior commander": someone new, who may be named in the
    // next sentences but is none of the people named before.
    if (phrase.person && phrase.indefinite) {
        if (after.entity < 0) return {};
        return {static_cast<std::size_t>(after.entity)};
    }
    if (phrase.person && !roleFits && bodies.empty()) {
        const long speaker = latestSpeaker(true, at, sentence);
        // ... but "the mayor" is not the prefect who spoke last: an office is no
        // spokesperson's stand-in for someone who holds another.
        if (speaker >= 0 && office) return {};
        if (speaker >= 0) return {static_cast<std::size_t>(speaker)};
    }
    const long chosen = before.entity >= 0 && before.score >= after.score ? before.entity
                        : after.entity >= 0                               ? after.entity
                                                                          : before.entity;
    // "the Taliban administration": no other body fits, so the name is the body.
    if (chosen < 0) return phrase.excluded;
    return {static_cast<std::size_t>(chosen)};
}

void SourceResolver::remember(const EntitySet& entities, std::uint32_t at, std::size_t sentence) {
    for (std::size_t e : entities) spoken_.push_back({at, sentence, e});
}

void SourceResolver::noteDocuments(const std::vector<std::string>& nouns, const EntitySet& owner) {
    if (owner.empty()) return;
    for (const auto& noun : nouns) documents_[noun] = owner;
}

ResolvedSource SourceResolver::resolve(const SourcePhrase& phrase, std::uint32_t at,
                                       std::size_t sentence) {
    ResolvedSource out;
    switch (phrase.form) {
        case SourceForm::Named:
            out.entities = upgradeShortForms(phrase.named, at);
            out.how = "named";
            break;
        case SourceForm::Pronoun: {
            const long e = latestSpeaker(phrase.person, at, sentence, genderOfPronoun(phrase.head));
            if (e >= 0) out.entities.push_back(static_cast<std::size_t>(e));
            out.how = "pronoun \"" + phrase.head + "\"";
            break;
        }
        case SourceForm::Description: {
            out.entities = describe(phrase, at, sentence);
            std::string words;
            for (const auto& m : phrase.modifiers) words += m + " ";
            out.how = "description \"" + words + phrase.head + "\"";
            break;
        }
        case SourceForm::Document: {
            for (const auto& noun : phrase.documents) {
                if (auto it = documents_.find(noun); it != documents_.end()) {
                    out.entities = it->second;
                    out.how = "owner of the " + noun;
                    break;
                }
            }
            break;
        }
        case SourceForm::Unnamed:
        case SourceForm::None:
            out.how = "unnamed";
            break;
    }
    if (!phrase.documents.empty()) noteDocuments(phrase.documents, out.entities);
    remember(out.entities, at, sentence);
    return out;
}

}  // namespace newsgraph::parser
