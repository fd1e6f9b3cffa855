export {
  unitCreateSchema as StoreApplyUnit,
  type UnitCreateInput as StoreApplyUnitType,
  unitUpdateSchema as StoreUpdateUnit,
  type UnitUpdateInput as StoreUpdateUnitType,
  unitMemberAddSchema as StoreAddUnitMember,
  type UnitMemberAddInput as StoreAddUnitMemberType,
  unitMemberUpdateSchema as StoreUpdateUnitMember,
  type UnitMemberUpdateInput as StoreUpdateUnitMemberType,
} from "../../../shared/unit"
