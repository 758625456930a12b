import DoudiDomain
import Foundation

/// One validated row of a 救助对象 file (§2): one enrollment, keyed on 证号. The rules
/// that need no database are checked here: amount not negative, end not before start,
/// 停保 with an end date, 单人 with its members named.
struct EnrollmentFileRow: RecordFileRow {
    static let staffColumns = ["accepted_by", "investigated_by", "approved_by"]
    static let columns: [ImportColumn] = [
        .required("certificate_no"), .required("household_no"), .required("program"), .required("status"),
        .required("coverage"), .optional("member_id_numbers"), .required("monthly_amount"), .optional("categories"),
        .optional("review_class"), .required("started_on"), .optional("start_reason"), .optional("ended_on"),
        .optional("end_reason"), .optional("next_review_on"), .optional("care_form"), .optional("voluntary_choice"),
    ] + staffColumns.map(ImportColumn.optional)
    static let keyColumn = "certificate_no"

    let certificateNo: String
    let householdNo: String
    let program: Program
    let status: EnrollmentStatus
    let coverage: Coverage
    /// ID numbers of the members named as covered; empty means every counted member.
    let memberIDNumbers: [String]
    let monthlyAmount: Money
    let categories: Set<AssistanceCategory>
    let reviewClass: ReviewClass?
    let startedOn: CivilDate
    let endedOn: CivilDate?
    let nextReviewOn: CivilDate?
    let careForm: CareForm?
    /// Free-text cells by column key (reasons, voluntary choice).
    let notes: [String: String]
    /// 工号 by staff column (`accepted_by` …), for the columns filled in.
    let staffNumbers: [String: String]

    var fileKey: [String] { [certificateNo] }

    static func parse(_ reader: inout RowReader, today: CivilDate) -> EnrollmentFileRow? {
        let certificateNo = reader.required("certificate_no")
        let householdNo = reader.required("household_no")
        let program = reader.code("program", Program.self, required: true)
        let status = reader.code("status", EnrollmentStatus.self, required: true)
        let coverage = reader.code("coverage", Coverage.self, required: true)
        let members = reader.idNumberList("member_id_numbers", today: today)
        let amount = reader.nonNegativeMoney("monthly_amount", required: true)
        let categories = reader.codes("categories", AssistanceCategory.self)
        let reviewClass = reader.code("review_class", ReviewClass.self)
        let startedOn = reader.date("started_on", required: true)
        let endedOn = reader.date("ended_on")
        let nextReviewOn = reader.date("next_review_on")
        let careForm = reader.code("care_form", CareForm.self)
        if let startedOn, let endedOn, endedOn < startedOn {
            reader.fail("ended_on", endedOn.iso, "import.error.date.end_before_start")
        }
        if status == .ended, reader.text("ended_on") == nil {
            reader.fail("ended_on", "", "import.error.enrollment.end_required")
        }
        if coverage == .individual, reader.text("member_id_numbers") == nil {
            reader.fail("member_id_numbers", "", "import.error.enrollment.members_required")
        }
        var notes: [String: String] = [:]
        for column in ["start_reason", "end_reason", "voluntary_choice"] { notes[column] = reader.text(column) }
        var staffNumbers: [String: String] = [:]
        for column in staffColumns { staffNumbers[column] = reader.text(column) }
        guard let certificateNo, let householdNo, let program, let status, let coverage, let amount, let startedOn
        else { return nil }
        return EnrollmentFileRow(
            certificateNo: certificateNo, householdNo: householdNo, program: program, status: status, coverage: coverage,
            memberIDNumbers: members.map(\.value), monthlyAmount: amount, categories: categories, reviewClass: reviewClass,
            startedOn: startedOn, endedOn: endedOn, nextReviewOn: nextReviewOn, careForm: careForm, notes: notes,
            staffNumbers: staffNumbers)
    }

    /// The enrollment of `household` covering `members`, with staff ids by column.
    func enrollment(of household: Household, members: [UUID], staff: [String: UUID]) -> Enrollment {
        Enrollment(
            id: OrderedUUID.make(), region: household.region, householdID: household.id, certificateNo: certificateNo, program: program,
            status: status, coverage: coverage, memberIDs: members, monthlyAmount: monthlyAmount, categories: categories,
            reviewClass: reviewClass, startedOn: startedOn, startReason: notes["start_reason"], endedOn: endedOn,
            endReason: notes["end_reason"], nextReviewOn: nextReviewOn, acceptedBy: staff["accepted_by"],
            investigatedBy: staff["investigated_by"], approvedBy: staff["approved_by"], careForm: careForm,
            voluntaryChoice: notes["voluntary_choice"])
    }
}
