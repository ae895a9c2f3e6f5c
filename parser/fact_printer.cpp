#include "parser/fact_printer.h"

#include <algorithm>
#include <sstream>

#include "graph/news_schema.h"
#include "parser/text/text_layer.h"

namespace newsgraph::parser {

namespace {

std::string kindName(graph::NodeKind kind) { return std::string(graph::jsonTypeOf(kind)); }

std::string number(const graph::Value& v) {
    return v.isInt() ? std::to_string(v.asInt()) : v.isNull() ? "null" : "?";
}

// Figures in order of their first mention: number, qualifier, measure, time (words and
// ISO interval), subject, then reporters, place, older-estimate cue and mentions.
void printFigures(const ArticleFacts& facts, std::ostream& out) {
    std::vector<const FigureFact*> figures;
    for (const auto& f : facts.figures) figures.push_back(&f);
    auto firstBegin = [](const FigureFact* f) {
        return f->mentions.empty() ? 0u : f->mentions.front().begin;
    };
    std::stable_sort(figures.begin(), figures.end(), [&](const auto* a, const auto* b) {
        return firstBegin(a) < firstBegin(b);
    });
    const std::string& text = facts.article.text;
    for (const FigureFact* f : figures) {
        out << "figure ";
        if (f->value.isNull()) {
            out << number(f->low) << ".." << number(f->high);
        } else {
            out << number(f->value);
        }
        out << " " << f->qualifier << " " << f->measure << " when=\"" << f->when << "\"";
        if (!f->whenBegin.empty()) out << " [" << f->whenBegin << ".." << f->whenEnd << "]";
        if (f->increment) out << " increment";
        if (f->oneDay) out << " one-day";
        if (f->speculative) out << " speculative";
        out << "\n  subject \"" << f->subject << "\"\n";
        for (const auto& r : f->reporters) {
            out << "  reported-by \"" << r.name << "\"";
            if (!r.cue.empty()) out << " cue=\"" << r.cue << "\"";
            if (!r.rule.empty()) out << " rule=\"" << r.rule << "\"";
            out << "\n";
        }
        if (!f->place.empty()) out << "  place \"" << f->place << "\"\n";
        if (!f->previousCue.empty()) out << "  previous \"" << f->previousCue << "\"\n";
        if (!f->part.empty()) out << "  part \"" << f->part << "\"\n";
        if (!f->cause.empty()) out << "  cause \"" << f->cause << "\"\n";
        if (!f->utility.empty()) out << "  utility \"" << f->utility << "\"\n";
        if (!f->setting.empty()) out << "  setting \"" << f->setting << "\"\n";
        for (const auto& m : f->mentions) {
            const std::string surface =
                m.end <= text.size() ? foldTypography(text.substr(m.begin, m.end - m.begin)) : "?";
            out << "  mention " << m.begin << "-" << m.end << " \"" << surface << "\"\n";
        }
    }
}

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
    printFigures(facts, out);
    return out.str();
}

}  // namespace newsgraph::parser
