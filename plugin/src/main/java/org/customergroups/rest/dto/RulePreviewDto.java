package org.customergroups.rest.dto;

import org.customergroups.service.RulePreview;

/** JSON of a rule preview: who would join and who would leave (each paged) and how many users were read. */
public record RulePreviewDto(String canonical, PageDto<UserDto> joins, PageDto<UserDto> leaves, long scanned) {

    public static RulePreviewDto from(RulePreview p) {
        return new RulePreviewDto(p.canonical(), PageDto.of(p.joins(), UserDto::from),
                PageDto.of(p.leaves(), UserDto::from), p.scanned());
    }
}
