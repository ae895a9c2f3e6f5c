#include "temporal/tzif_reader.h"

#include <algorithm>

namespace newsgraph::temporal {

namespace {

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    bool has(std::size_t n) const { return n <= bytes_.size() - pos_; }
    void skip(std::size_t n) { pos_ += n; }
    std::size_t position() const { return pos_; }
    std::string_view rest() const { return bytes_.substr(pos_); }

    std::uint8_t u8() { return static_cast<std::uint8_t>(bytes_[pos_++]); }
    std::uint32_t u32() {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v = (v << 8) | u8();
        return v;
    }
    std::int64_t i64() {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v = (v << 8) | u8();
        return static_cast<std::int64_t>(v);
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

struct Header {
    char version = 0;
    std::uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
};

std::optional<Header> readHeader(ByteReader& in) {
    if (!in.has(44)) return std::nullopt;
    const std::string_view magic = in.rest().substr(0, 4);
    if (magic != "TZif") return std::nullopt;
    in.skip(4);
    Header h;
    h.version = static_cast<char>(in.u8());
    in.skip(15);
    h.isutcnt = in.u32();
    h.isstdcnt = in.u32();
    h.leapcnt = in.u32();
    h.timecnt = in.u32();
    h.typecnt = in.u32();
    h.charcnt = in.u32();
    if (h.typecnt == 0 || h.typecnt > 256 || h.timecnt > 1'000'000 || h.charcnt > 1'000'000 ||
        h.leapcnt > 1'000'000 || h.isutcnt > 256 || h.isstdcnt > 256) {
        return std::nullopt;
    }
    return h;
}

std::size_t dataSize(const Header& h, std::size_t timeSize) {
    return h.timecnt * timeSize + h.timecnt + h.typecnt * 6 + h.charcnt +
           h.leapcnt * (timeSize + 4) + h.isstdcnt + h.isutcnt;
}

std::optional<ZoneOffsets> readData(ByteReader& in, const Header& h, std::size_t timeSize) {
    if (!in.has(dataSize(h, timeSize))) return std::nullopt;
    ZoneOffsets zone;
    std::vector<std::int64_t> times(h.timecnt);
    for (auto& t : times) {
        t = timeSize == 8 ? in.i64() : static_cast<std::int32_t>(in.u32());
    }
    std::vector<std::uint8_t> typeIndex(h.timecnt);
    for (auto& i : typeIndex) {
        i = in.u8();
        if (i >= h.typecnt) return std::nullopt;
    }
    std::vector<std::int32_t> typeOffsets(h.typecnt);
    for (auto& offset : typeOffsets) {
        offset = static_cast<std::int32_t>(in.u32());
        in.skip(2);  // isdst, abbreviation index: not needed for offsets
        if (offset < -25 * 3600 || offset > 26 * 3600) return std::nullopt;
    }
    in.skip(h.charcnt + h.leapcnt * (timeSize + 4) + h.isstdcnt + h.isutcnt);
    zone.initialOffset = typeOffsets[0];
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (i > 0 && times[i] <= times[i - 1]) return std::nullopt;
        zone.transitions.push_back(times[i]);
        zone.offsets.push_back(typeOffsets[typeIndex[i]]);
    }
    return zone;
}

}  // namespace

std::int32_t ZoneOffsets::offsetAt(std::int64_t utcSeconds) const {
    auto after = std::upper_bound(transitions.begin(), transitions.end(), utcSeconds);
    if (transitions.empty() && rule) return rule->offsetAt(utcSeconds);
    if (after == transitions.begin()) return initialOffset;
    if (after == transitions.end() && rule) return rule->offsetAt(utcSeconds);
    return offsets[static_cast<std::size_t>(after - transitions.begin()) - 1];
}

std::optional<ZoneOffsets> readTzif(std::string_view bytes) {
    ByteReader in(bytes);
    auto first = readHeader(in);
    if (!first) return std::nullopt;
    if (first->version == 0) return readData(in, *first, 4);
    // Version 2+: skip the 32-bit section for the 64-bit one and its footer.
    if (!in.has(dataSize(*first, 4))) return std::nullopt;
    in.skip(dataSize(*first, 4));
    auto second = readHeader(in);
    if (!second) return std::nullopt;
    auto zone = readData(in, *second, 8);
    if (!zone) return std::nullopt;
    std::string_view footer = in.rest();
    if (footer.size() >= 2 && footer[0] == '\n') {
        auto end = footer.find('\n', 1);
        if (end != std::string_view::npos && end > 1) {
            zone->rule = PosixTzRule::parse(footer.substr(1, end - 1));
        }
    }
    return zone;
}

}  // namespace newsgraph::temporal
