#include "temporal/time_zone.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

#include "temporal/temporal.h"
#include "temporal/tzif_reader.h"

namespace newsgraph::temporal {

namespace {

struct Zone {
    std::string name;
    ZoneOffsets offsets;
};

struct Registry {
    std::mutex mutex;
    std::map<std::string, std::int32_t> ids;
    std::vector<std::unique_ptr<Zone>> zones;  // stable addresses: read without the lock
};

Registry& registry() {
    static Registry instance;
    return instance;
}

// A zone name reaches the file system, so only tz database spellings pass: letters,
// digits and "/_-+", no leading "/" and no "..".
bool plausibleName(const std::string& name) {
    if (name.empty() || name.size() > 64 || name[0] == '/' || name[0] == '.') return false;
    if (name.find("..") != std::string::npos || name.find("//") != std::string::npos) return false;
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' || c == '+';
        if (!ok) return false;
    }
    return true;
}

std::string zoneDirectory() {
    const char* dir = std::getenv("TZDIR");
    return dir && *dir ? dir : "/usr/share/zoneinfo";
}

const Zone& zone(std::int32_t id) { return *registry().zones.at(static_cast<std::size_t>(id)); }

}  // namespace

std::int32_t zoneId(const std::string& name) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    auto it = r.ids.find(name);
    if (it != r.ids.end()) return it->second;
    if (!plausibleName(name)) throw TemporalError("unknown time zone `" + name + "`");
    std::ifstream file(zoneDirectory() + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    if (file) bytes << file.rdbuf();
    auto offsets = file ? readTzif(bytes.str()) : std::nullopt;
    if (!offsets) throw TemporalError("unknown time zone `" + name + "`");
    const auto id = static_cast<std::int32_t>(r.zones.size());
    r.zones.push_back(std::make_unique<Zone>(Zone{name, std::move(*offsets)}));
    r.ids.emplace(name, id);
    return id;
}

const std::string& zoneName(std::int32_t id) {
    std::lock_guard<std::mutex> lock(registry().mutex);
    return zone(id).name;
}

std::int32_t zoneOffsetAt(std::int32_t id, std::int64_t utcSeconds) {
    const Zone* z;
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        z = &zone(id);
    }
    return z->offsets.offsetAt(utcSeconds);
}

LocalResolution resolveLocal(std::int32_t id, std::int64_t localSeconds,
                             std::optional<std::int32_t> preferred) {
    // The offsets that could apply: those in force a day either side. An offset fits
    // when the instant it gives has that very offset.
    const std::int32_t before = zoneOffsetAt(id, localSeconds - 86400);
    const std::int32_t after = zoneOffsetAt(id, localSeconds + 86400);
    auto fits = [&](std::int32_t offset) { return zoneOffsetAt(id, localSeconds - offset) == offset; };
    const bool beforeFits = fits(before), afterFits = fits(after);
    if (beforeFits && afterFits && before != after) {
        if (preferred && (*preferred == before || *preferred == after)) {
            return {*preferred, localSeconds};
        }
        return {before, localSeconds};  // overlap: the earlier offset
    }
    if (beforeFits) return {before, localSeconds};
    if (afterFits) return {after, localSeconds};
    const std::int32_t now = zoneOffsetAt(id, localSeconds);
    if (fits(now)) return {now, localSeconds};
    // A gap: read the local time with the offset before it, which lands past the change.
    const std::int64_t utc = localSeconds - before;
    const std::int32_t offset = zoneOffsetAt(id, utc);
    return {offset, utc + offset};
}

}  // namespace newsgraph::temporal
