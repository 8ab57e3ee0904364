package org.customergroups.rest.dto;

import org.customergroups.service.AutoJoinPreview;

import java.util.List;

/** JSON of {@code GET /groups/{id}/auto-join/preview}. */
public record AutoJoinPreviewDto(PageDto<UserDto> joins, List<DomainCollisionDto> collisions, long scanned) {

    public static AutoJoinPreviewDto from(AutoJoinPreview p) {
        return new AutoJoinPreviewDto(PageDto.of(p.joins(), UserDto::from),
                p.collisions().stream().map(DomainCollisionDto::from).toList(), p.scanned());
    }
}
