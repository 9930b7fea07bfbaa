"""Excel export of the park registry (filtered as on the page): parks, buildings and parcels with 七通一平."""
from actiondesk.core.spreadsheets import Workbook
from actiondesk.parks import selectors
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.models import Building, LandParcel, ParcelReadiness

PARK_HEADERS = ["园区名称", "园区类型", "规划面积(亩)", "运营平台", "主管部门", "楼宇厂房(栋)", "建筑面积(㎡)",
                "空置面积(㎡)", "空置率(%)", "地块(宗)", "地块面积(亩)", "七通一平完成地块(宗)"]
BUILDING_HEADERS = ["园区名称", "楼宇/厂房", "建筑面积(㎡)", "空置面积(㎡)"]
PARCEL_HEADERS = ["园区名称", "地块编号", "面积(亩)", "用地性质", "状态", "亩均投资强度(万元/亩)≥", "亩均产出(万元/亩)≥",
                  "亩均税收(万元/亩)≥", "亩均能耗(吨标煤/亩)≤", "容积率≥",
                  *[str(label) for _v, label in ReadinessItem.choices]]


def _number(value):
    return None if value is None else float(value)


def registry_xlsx(parks) -> bytes:
    rows = selectors.park_rows(parks)
    ids = [r["park"].pk for r in rows]
    book = Workbook()
    book.add_table("园区", PARK_HEADERS, [
        [r["park"].name, r["park"].get_kind_display(), _number(r["park"].area_mu), r["park"].operator,
         r["park"].department.name if r["park"].department_id else "", r["buildings"], _number(r["floor"]),
         _number(r["vacant"]), _number(r["vacancy"]), r["parcels"], _number(r["area"]), r["ready"]] for r in rows],
        freeze=(1, 1))
    book.add_table("楼宇厂房", BUILDING_HEADERS, [
        [b.park.name, b.name, _number(b.floor_area_m2), _number(b.vacant_area_m2)]
        for b in Building.objects.filter(park_id__in=ids).select_related("park").order_by("park__name", "name")],
        freeze=(1, 2))
    ready = {(r.parcel_id, r.item) for r in ParcelReadiness.objects.filter(parcel__park_id__in=ids, is_ready=True)}
    book.add_table("地块", PARCEL_HEADERS, [
        [p.park.name, p.code, _number(p.area_mu), p.land_use, p.get_status_display(),
         _number(p.min_investment_per_mu), _number(p.min_output_per_mu), _number(p.min_tax_per_mu),
         _number(p.max_energy_per_mu), _number(p.min_plot_ratio),
         *["✓" if (p.pk, item) in ready else "" for item in ReadinessItem.values]]
        for p in LandParcel.objects.filter(park_id__in=ids).select_related("park").order_by("park__name", "code")],
        freeze=(1, 2))
    return book.close()
