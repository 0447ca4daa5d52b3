package org.problemsolvinghub.organisation;

import java.util.Comparator;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The force's areas, wards and partner agencies: what clients need to fill in a plan's place. */
@RestController
@RequestMapping("/api/areas")
class OrganisationController {

    private final AreaRepository areas;
    private final WardRepository wards;
    private final PartnerAgencyRepository agencies;

    OrganisationController(AreaRepository areas, WardRepository wards, PartnerAgencyRepository agencies) {
        this.areas = areas;
        this.wards = wards;
        this.agencies = agencies;
    }

    record WardView(String code, String name) {
    }

    record AgencyView(String code, String name, String kind) {
    }

    record AreaView(String code, String referenceCode, String name, List<WardView> wards, List<AgencyView> partnerAgencies) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<AreaView> list() {
        return areas.findAll().stream()
                .sorted(Comparator.comparing(Area::getName))
                .map(a -> new AreaView(a.getCode(), a.getReferenceCode(), a.getName(),
                        wards.findByAreaCodeOrderByName(a.getCode()).stream()
                                .map(w -> new WardView(w.getCode(), w.getName())).toList(),
                        agencies.findByAreaCodeOrderByName(a.getCode()).stream()
                                .map(p -> new AgencyView(p.getCode(), p.getName(), p.getKind())).toList()))
                .toList();
    }
}
