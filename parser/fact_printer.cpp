#include "parser/fact_printer.h"

#include <algorithm>
#include <sstream>

#include "graph/news_schema.h"
#include "parser/text_layer.h"

namespace newsgraph::parser {

namespace {

std::string kindName(graph::NodeKind kind) { return std::string(graph::jsonTypeOf(kind)); }

}  // namespace

std::string printFacts(const ArticleFacts& facts) {
    std::vector<const EntityFact*> entities;
    for (const auto& e : facts.entities) entities.push_back(&e);
    std::sort(entities.begin(), entities.end(), [](const EntityFact* a, const EntityFact* b) {
        return std::make_pair(kindName(a->kind), a->name) <
               std::make_pair(kindName(b->kind), b->name);
    });
    const std::string& text = facts.article.text;
    std::ostringstream out;
    for (const EntityFact* e : entities) {
        out << kindName(e->kind) << " \"" << e->name << "\"";
        if (!e->role.empty()) out << " role=\"" << e->role << "\"";
        if (!e->country.empty()) out << " country=" << e->country;
        if (e->isSource) out << " source";
        out << "\n";
        std::vector<std::string> aliases = e->aliases;
        std::sort(aliases.begin(), aliases.end());
        for (const auto& alias : aliases) out << "  alias \"" << alias << "\"\n";
        std::vector<Span> mentions = e->mentions;
        std::sort(mentions.begin(), mentions.end(),
                  [](const Span& a, const Span& b) { return a.begin < b.begin; });
        for (const auto& m : mentions) {
            const std::string surface =
                m.end <= text.size() ? foldTypography(text.substr(m.begin, m.end - m.begin)) : "?";
            out << "  mention " << m.begin << "-" << m.end << " \"" << surface << "\"\n";
        }
    }
    return out.str();
}

}  // namespace newsgraph::parser
