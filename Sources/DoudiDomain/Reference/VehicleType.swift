/// Motor vehicle types in a 车辆 reference file; the codes are the ones the asset test's
/// `dibao.assets.exempt_vehicles` parameter names (policy reference §1.3).
public enum VehicleType: String, RegistryCode {
    case car, truck, motorcycle
    case electricBike = "electric_bike"
    case disabilityVehicle = "disability_vehicle"
    case farmMachinery = "farm_machinery"
    case other
    case bus

    public static let labelNamespace = "vehicle_type"
    /// Common names and the GA 802 type names 公安交管 exports use.
    public static let importAliases: [String: VehicleType] = [
        "轿车": .car, "小型汽车": .car, "小型载客汽车": .car, "小型轿车": .car, "小型普通客车": .car, "小型越野客车": .car,
        "中型普通客车": .bus, "大型普通客车": .bus, "货车": .truck, "轻型普通货车": .truck, "重型半挂牵引车": .truck, "低速货车": .truck,
        "三轮汽车": .truck, "摩托车": .motorcycle, "普通二轮摩托车": .motorcycle, "农机": .farmMachinery,
    ]
}
