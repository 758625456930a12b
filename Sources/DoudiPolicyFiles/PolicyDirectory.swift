import DoudiDomain
import Foundation

/// Loads the policy tree: `national.yaml` at the top and one file per region below it, in
/// directories that nest like the regions (`370000-山东省/370300-淄博市/370321-桓台县/`). Every
/// file is checked (unknown keys, bad values, overlapping dates, missing sources), the
/// national file must set every required parameter, and every region's parameters, for
/// every program, must resolve on every date any of them changes. Any problem fails the whole load.
public enum PolicyDirectory {
    public static func load(_ directory: URL) throws(PolicyLoadFailure) -> PolicyBook {
        var errors: [PolicyError] = []
        var national: RegionPolicy?
        var regions: [RegionPolicy] = []
        let files = YAMLFiles.list(in: directory)
        if files.isEmpty {
            throw PolicyLoadFailure(errors: [PolicyError(PolicyLocation(file: directory.path, line: 0), "policy.error.no_files")])
        }
        for url in files {
            let relative = String(url.path.dropFirst(directory.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let isNational = relative == "national.yaml"
            let (parsed, fileErrors) = read(url, as: relative, national: isNational)
            errors += fileErrors
            if let policy = parsed {
                if isNational {
                    national = policy
                } else if let problem = placement(of: policy, relative: relative) {
                    errors.append(problem)
                } else if regions.contains(where: { $0.region == policy.region }) {
                    errors.append(PolicyError(policy.location, "policy.error.duplicate_region", ["region": policy.region?.value ?? ""]))
                } else {
                    regions.append(policy)
                }
            }
        }
        guard let national else {
            throw PolicyLoadFailure(errors: errors + [PolicyError(PolicyLocation(file: "national.yaml", line: 0), "policy.error.no_national")])
        }
        for definition in PolicyCatalog.definitions where definition.required && national.parameters[definition.key]?.isEmpty != false {
            errors.append(PolicyError(national.location, "policy.error.required_missing", ["key": definition.key]))
        }
        guard errors.isEmpty else { throw PolicyLoadFailure(errors: errors) }

        let book = PolicyBook(national: national, regions: regions)
        errors += consistency(of: book)
        guard errors.isEmpty else { throw PolicyLoadFailure(errors: errors) }
        return book
    }

    /// One region file read on its own, with the same checks as in the tree: a test
    /// case's overlay (`PolicyCase.overlay`).
    public static func loadOverlay(_ url: URL) throws(PolicyLoadFailure) -> RegionPolicy {
        let (policy, errors) = read(url, as: url.lastPathComponent, national: false)
        guard let policy, errors.isEmpty else { throw PolicyLoadFailure(errors: errors) }
        return policy
    }

    /// One file parsed and checked on its own, with every problem it has.
    private static func read(_ url: URL, as relative: String, national: Bool) -> (RegionPolicy?, [PolicyError]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (nil, [PolicyError(PolicyLocation(file: relative, line: 0), "policy.error.unreadable")])
        }
        var parser = PolicyFileParser(file: relative)
        let policy = parser.parse(text, national: national)
        return (policy, parser.errors)
    }

    /// Each region's parameters must resolve on each date any value along its chain starts,
    /// from the day the national file covers every required parameter (a local value dated
    /// earlier, such as 象山's 2012 minimum, simply waits for that day).
    static func consistency(of book: PolicyBook) -> [PolicyError] {
        var errors: Set<PolicyError> = []
        let coverage = PolicyCatalog.definitions.filter(\.required)
            .compactMap { book.national.parameters[$0.key]?.first?.from }.max() ?? CivilDate(year: 1, month: 1, day: 1)!
        // A region with no file of its own sees the national values only.
        let probes = book.regions.values.compactMap(\.region) + [RegionCode("110000000000")!]
        for region in probes {
            for date in [coverage] + book.changeDates(region: region).filter({ $0 > coverage }) {
                // Every program's parameter set, so a region file that breaks any program fails the load.
                do { _ = try DibaoParameters(book: book, region: region, on: date) } catch { errors.insert(error) }
                do { _ = try TekunParameters(book: book, region: region, on: date) } catch { errors.insert(error) }
                do { _ = try DisabilitySubsidyParameters(book: book, region: region, on: date) } catch { errors.insert(error) }
                do { _ = try TemporaryAssistanceParameters(book: book, region: region, on: date) } catch { errors.insert(error) }
            }
        }
        return errors.sorted { ($0.location?.description ?? "", $0.reasonKey) < ($1.location?.description ?? "", $1.reasonKey) }
    }

    /// A region file must sit in the directory of its region: the directory names' leading
    /// codes must be the region's own code or its ancestors' (so the tree reads like the map).
    static func placement(of policy: RegionPolicy, relative: String) -> PolicyError? {
        guard let region = policy.region else { return nil }
        let known = Set((region.ancestors + [region]).map { $0.value })
        for component in relative.split(separator: "/").dropLast() {
            let digits = component.prefix { $0.isASCII && $0.isNumber }
            guard let code = RegionCode(prefix: digits), known.contains(code.value) else {
                return PolicyError(policy.location, "policy.error.placement", ["region": region.value, "directory": String(component)])
            }
        }
        return nil
    }
}
