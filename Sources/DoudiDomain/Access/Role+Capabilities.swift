/// The division of duties between the roles of a civil-affairs office.
///
/// - Case handlers (窗口受理员, 乡镇审核员, 县级审批员) read and correct the registry,
///   load files, and may reveal a full ID number when a case needs it (核对, 入户).
/// - 督导员 supervise: they read everything in their area but see ID numbers masked.
/// - 纪检监察员 investigate: they read, may reveal an ID number (each reveal is logged),
///   and search the audit log; they never change records.
/// - Findings of the cross-check are decided by the county: 县级审批员, 督导员 and 纪检监察员;
///   they and administrators start runs.
/// - 系统管理员 run the system: accounts, imports and the audit log, with ID numbers masked.
///
/// Sources: the 受理 / 审核 / 审批 steps and the 低保经办人员 who handle each (policy
/// reference §1.5, §1.6); staff keep personal information confidential except what must
/// be publicised, and a leak is sanctionable (649号 art 61, 66(4); policy reference §1.7);
/// 个人信息保护法 art 6 (the least access a purpose needs).
extension Role {
    public func may(_ capability: Capability) -> Bool {
        switch capability {
        case .readRegistry:
            return true
        case .editRegistry:
            return [.windowClerk, .townshipReviewer, .countyApprover].contains(self)
        case .revealIDNumber:
            return [.windowClerk, .townshipReviewer, .countyApprover, .disciplineInspector].contains(self)
        case .importData:
            return [.windowClerk, .townshipReviewer, .countyApprover, .administrator].contains(self)
        case .searchAuditLog:
            return [.disciplineInspector, .administrator].contains(self)
        case .manageUsers:
            return self == .administrator
        case .adjudicateFindings:
            // The county decides what a finding is; the window and the township that handled
            // the case do not clear findings about their own work.
            return [.countyApprover, .supervisor, .disciplineInspector].contains(self)
        case .runCrossCheck:
            // Those who decide findings, and administrators, who load the department data.
            return [.countyApprover, .supervisor, .disciplineInspector, .administrator].contains(self)
        }
    }
}
