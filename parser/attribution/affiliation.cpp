#include "parser/attribution/affiliation.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "parser/attribution/mention_index.h"
#include "parser/attribution/source_resolver.h"
#include "parser/text/cue_table.h"
#include "parser/text/lexicon.h"
#include "parser/text/sentence_words.h"

namespace newsgraph::parser {

namespace {

using graph::NodeKind;

struct Run {
    std::size_t entity;
    std::size_t begin;  // words [begin, end)
    std::size_t end;
};

// Whether a word is a role that speaks for a body, or a hyphenated title with one
// ("director-general").
bool isRole(const Lexicon& roles, const std::string& word) {
    if (roles.contains(word)) return true;
    const auto dash = word.find('-');
    return dash != std::string::npos &&
           (roles.contains(word.substr(0, dash)) || roles.contains(word.substr(dash + 1)));
}

class AffiliationReader {
  public:
    AffiliationReader(const TextLayer& layer, const std::vector<EntityFact>& entities)
        : layer_(layer),
          entities_(entities),
          mentions_(entities),
          roles_(Lexicon::get("affiliation_roles")) {
        for (std::size_t e = 0; e < entities.size(); ++e) {
            if (entities[e].kind != NodeKind::Agency) continue;
            std::string words = " " + foldCase(entities[e].name) + " ";
            for (const auto& a : entities[e].aliases) words += foldCase(a) + " ";
            agencyWords_.push_back({e, words});
        }
    }

    std::map<std::size_t, std::vector<std::size_t>> read() {
        for (const Sentence& sentence : layer_.sentences()) {
            if (!layer_.isContent(sentence)) continue;
            readSentence(sentenceWords(layer_, sentence));
        }
        officeOfTitle();
        return out_;
    }

    // "Sheriff Dana Whitcomb" beside "the Jackson County Sheriff's Office": a title that
    // names the one office of the article ("<title>'s Office", "<title>'s Department").
    void officeOfTitle() {
        for (std::size_t a = 0; a < entities_.size(); ++a) {
            const EntityFact& actor = entities_[a];
            if (actor.kind != NodeKind::Actor || actor.role.empty()) continue;
            const auto space = actor.role.find_last_of(' ');
            const std::string title =
                foldCase(space == std::string::npos ? actor.role : actor.role.substr(space + 1));
            long found = -1;
            for (const auto& [e, words] : agencyWords_) {
                bool office = false;
                for (const char* form : {"'s office ", "'s department ", "\u2019s office ",
                                         "\u2019s department "}) {
                    office = office || words.find(" " + title + form) != std::string::npos;
                }
                if (!office) continue;
                if (found >= 0 && found != static_cast<long>(e)) return;  // two offices
                found = static_cast<long>(e);
            }
            if (found >= 0) link(a, static_cast<std::size_t>(found));
        }
    }

  private:
    void readSentence(const SentenceWords& w) {
        const std::vector<long> at = mentions_.entityAt(w, false);
        std::vector<Run> runs;
        for (std::size_t i = 0; i < w.size();) {
            if (at[i] < 0) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < w.size() && at[j] == at[i]) ++j;
            runs.push_back({static_cast<std::size_t>(at[i]), i, j});
            i = j;
        }
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const Run& run = runs[r];
            if (entities_[run.entity].kind == NodeKind::Actor) {
                appositive(w, runs, r);
            } else {
                titleBefore(w, runs, r);
            }
        }
        memberOf(w, runs);
        roleOfBefore(w, runs);
        possessiveRole(w, runs);
        pronounRole(w, runs);
        describedTitle(w, runs);
        for (const Run& run : runs) {
            if (entities_[run.entity].kind == NodeKind::Agency) lastAgency_ = static_cast<long>(run.entity);
        }
    }

    // "Ali Hassan of the Red Cross said", "Ali Hassan, of the Red Cross,": a person
    // named with the body they are of, and nothing between, speaks for it.
    void memberOf(const SentenceWords& w, const std::vector<Run>& runs) {
        for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
            const Run& person = runs[r];
            const Run& body = runs[r + 1];
            if (entities_[person.entity].kind != NodeKind::Actor ||
                entities_[body.entity].kind != NodeKind::Agency) {
                continue;
            }
            std::size_t k = person.end;
            if (k < w.size() && w.isPunct(k, ",")) ++k;
            if (k >= w.size() || w.words[k] != "of") continue;
            ++k;
            if (k < w.size() && w.words[k] == "the") ++k;
            if (k == body.begin) link(person.entity, body.entity);
        }
    }

    // "The army, the FARDC, put the toll lower. Its spokesman in Ituri, Lt Jules Ngabo,
    // said ...": "its" or "their" before a role is the body named last before it.
    void pronounRole(const SentenceWords& w, const std::vector<Run>& runs) {
        if (runs.empty()) return;
        const Run& person = runs.front();
        if (entities_[person.entity].kind != NodeKind::Actor) return;
        long body = lastAgency_;
        for (const Run& run : runs) {
            if (run.begin < person.begin && entities_[run.entity].kind == NodeKind::Agency) {
                body = static_cast<long>(run.entity);
            }
        }
        if (body < 0) return;
        // The words before the person: "its" or "their", a role, perhaps "in/for X", a
        // comma, perhaps a title.
        for (std::size_t k = 0; k + 1 < person.begin && k < 4; ++k) {
            if (w.words[k] != "its" && w.words[k] != "their") continue;
            if (!isRole(roles_, w.words[k + 1])) return;
            std::size_t j = k + 2;
            while (j < person.begin && !w.punct[j]) ++j;  // "in Ituri"
            if (j < person.begin && w.isPunct(j, ",")) link(person.entity, static_cast<std::size_t>(body));
            return;
        }
    }

    // "X, chairwoman of the Y," / "X, the Y's spokesperson," / "X, a spokesman for the ministry,"
    void appositive(const SentenceWords& w, const std::vector<Run>& runs, std::size_t r) {
        const Run& actor = runs[r];
        if (actor.end >= w.size() || !w.isPunct(actor.end, ",")) return;
        bool role = false;
        std::size_t k = actor.end + 1;
        for (; k < w.size() && k < actor.end + 12; ++k) {
            if (w.punct[k] && w.words[k] != "'s" && w.words[k] != "-") break;
            if (w.words[k] == "member" || w.words[k] == "members") return;
            if (isRole(roles_, w.words[k])) role = true;
        }
        if (!role) return;
        for (std::size_t q = r + 1; q < runs.size() && runs[q].begin < k; ++q) {
            if (entities_[runs[q].entity].kind == NodeKind::Agency) link(actor.entity, runs[q].entity);
        }
        describedBody(w, actor.end + 1, k, actor.entity);
    }

    // "Y chairperson X", "WHO Director-General X": a body, a role, a name.
    void titleBefore(const SentenceWords& w, const std::vector<Run>& runs, std::size_t r) {
        const Run& body = runs[r];
        if (r + 1 >= runs.size()) return;
        const Run& next = runs[r + 1];
        // "WHO Director-General X": a hyphenated role is three words.
        if (entities_[next.entity].kind != NodeKind::Actor || next.begin <= body.end ||
            next.begin > body.end + 4) {
            return;
        }
        bool role = false;
        for (std::size_t k = body.end; k < next.begin; ++k) {
            if (w.punct[k] && w.words[k] != "'s" && w.words[k] != "-") return;
            role = role || isRole(roles_, w.words[k]);
        }
        if (role) link(next.entity, body.entity);
    }

    // "the head of the Y X", "the head of the Y in Z, X,": a role, "of"/"for", a body,
    // perhaps the place of its branch, then the person.
    void roleOfBefore(const SentenceWords& w, const std::vector<Run>& runs) {
        for (std::size_t r = 0; r + 1 < runs.size(); ++r) {
            const Run& body = runs[r];
            const std::size_t q = r + 1;
            std::size_t gapEnd = body.end;  // past the words allowed between body and person
            if (gapEnd + 1 < w.size() && (w.words[gapEnd] == "in" || w.words[gapEnd] == "at")) {
                std::size_t k = gapEnd + 1;  // the branch's place: capitalised words
                while (k < w.size() && !w.punct[k] && std::isupper(static_cast<unsigned char>(w.original[k][0])) &&
                       (q >= runs.size() || k < runs[q].begin)) {
                    ++k;
                }
                if (k > gapEnd + 1) gapEnd = k;
            }
            const bool comma = gapEnd < w.size() && w.isPunct(gapEnd, ",");
            if (comma) ++gapEnd;
            if (q >= runs.size()) continue;
            const Run& person = runs[q];
            if (entities_[body.entity].kind != NodeKind::Agency ||
                entities_[person.entity].kind != NodeKind::Actor || person.begin != gapEnd ||
                (gapEnd > body.end && !comma)) {
                continue;
            }
            std::size_t k = body.begin;
            if (k > 0 && w.words[k - 1] == "the") --k;
            if (k < 2 || (w.words[k - 1] != "of" && w.words[k - 1] != "for")) continue;
            if (isRole(roles_, w.words[k - 2])) link(person.entity, body.entity);
        }
    }

    // "The commission's Chairperson, X," / "the agency's spokesperson X".
    void possessiveRole(const SentenceWords& w, const std::vector<Run>& runs) {
        for (const Run& person : runs) {
            if (entities_[person.entity].kind != NodeKind::Actor) continue;
            std::size_t k = person.begin;
            if (k > 0 && w.isPunct(k - 1, ",")) --k;
            if (k < 3 || !isRole(roles_, w.words[k - 1]) || w.words[k - 2] != "'s") continue;
            describedBody(w, k - 3, k - 1, person.entity);
            for (const Run& body : runs) {
                if (body.end == k - 2 && entities_[body.entity].kind == NodeKind::Agency) {
                    link(person.entity, body.entity);
                }
            }
        }
    }

    // "Foreign ministry spokesperson X", "the ministry's spokesman, X,": a body's noun,
    // perhaps with a word before it, as part of the title before the name (or before a
    // comma and the name); the one agency whose name has the noun and, of several, the
    // word.
    void describedTitle(const SentenceWords& w, const std::vector<Run>& runs) {
        for (const Run& person : runs) {
            if (entities_[person.entity].kind != NodeKind::Actor || person.begin < 2) continue;
            std::size_t roleAt = person.begin - 1;
            if (w.isPunct(roleAt, ",") && roleAt >= 2) --roleAt;
            if (roleAt == 0) continue;
            std::size_t headAt = roleAt - 1;
            if (w.words[headAt] == "'s" && headAt > 0) --headAt;
            if (!isRole(roles_, w.words[roleAt]) || w.punct[headAt]) continue;
            const std::string& head = w.words[headAt];
            const auto label = CueTable::get("reporter_roles").labelOf(head);
            if (!label || (*label != "agency" && *label != "named agency")) continue;
            const std::string modifier = headAt > 0 && !w.punct[headAt - 1] ? w.words[headAt - 1] : "";
            long found = -1;
            int best = -1;
            bool tie = false;
            for (const auto& [e, words] : agencyWords_) {
                if (words.find(" " + head + " ") == std::string::npos) continue;
                const int score = !modifier.empty() && words.find(" " + modifier + " ") != std::string::npos;
                if (score > best) {
                    found = static_cast<long>(e), best = score, tie = false;
                } else if (score == best) {
                    tie = true;
                }
            }
            if (found >= 0 && !tie) link(person.entity, static_cast<std::size_t>(found));
        }
    }

    // A body named by its head word alone ("the commission", "the ministry's"): the one
    // agency of the article whose name has that word.
    void describedBody(const SentenceWords& w, std::size_t begin, std::size_t end,
                       std::size_t person) {
        for (std::size_t k = begin; k < end; ++k) {
            if (k == 0 || w.words[k - 1] != "the" || w.punct[k]) continue;
            const std::string& head = w.words[k];
            if (head.size() < 4 || isRole(roles_, head)) continue;
            // Only a noun for a body ("the commission", "the agency"), not a modifier of
            // the role ("the emergency manager").
            const auto label = CueTable::get("reporter_roles").labelOf(head);
            if (!label || (*label != "agency" && *label != "named agency")) continue;
            // (A hospital may go by "Medical Centre", "Infirmary" or "Clinic": the article's
            // hospitals are all candidates, and two of them make no link.)
            auto names = [&](const std::string& words) {
                if (words.find(" " + head + " ") != std::string::npos) return true;
                if (head != "hospital") return false;
                for (std::size_t b = 0, e; (e = words.find(' ', b + 1)) != std::string::npos; b = e) {
                    if (namesHospitalAs(words.substr(b + 1, e - b - 1))) return true;
                }
                return false;
            };
            long found = -1;
            for (const auto& [e, words] : agencyWords_) {
                if (!names(words)) continue;
                if (found >= 0 && found != static_cast<long>(e)) return;  // two bodies
                found = static_cast<long>(e);
            }
            if (found >= 0) link(person, static_cast<std::size_t>(found));
        }
    }

    void link(std::size_t person, std::size_t body) {
        auto& bodies = out_[person];
        if (std::find(bodies.begin(), bodies.end(), body) == bodies.end()) bodies.push_back(body);
    }

    const TextLayer& layer_;
    const std::vector<EntityFact>& entities_;
    const MentionIndex mentions_;
    const Lexicon& roles_;
    std::vector<std::pair<std::size_t, std::string>> agencyWords_;
    std::map<std::size_t, std::vector<std::size_t>> out_;
    long lastAgency_ = -1;  // the last agency named, for "its spokesman"
};

}  // namespace

std::map<std::size_t, std::vector<std::size_t>> findAffiliations(
    const TextLayer& layer, const std::vector<EntityFact>& entities) {
    return AffiliationReader(layer, entities).read();
}

}  // namespace newsgraph::parser
