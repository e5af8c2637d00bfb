package se.samverkan.situation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HotspotRepository extends JpaRepository<Hotspot, Long> {

    List<Hotspot> findByPictureIdOrderByIncidentCountDescPlaceAsc(long pictureId);

    List<Hotspot> findByPictureIdIn(Collection<Long> pictureIds);

    Optional<Hotspot> findByIdAndPictureId(long id, long pictureId);
}
